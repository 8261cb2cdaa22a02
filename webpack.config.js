/**
 * Builds the task pane (Excel and browser preview share taskpane.html) and the ribbon commands page
 * into dist/. ExcelJS is reached only through dynamic import() in the preview, so it lands in its own
 * chunk and the Excel path never loads it. office.js is not bundled or copied: every page loads it
 * from Microsoft's CDN, as Microsoft requires.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');

const root = __dirname;
const exists = (p) => fs.existsSync(path.join(root, p));
const { validate } = require('./scripts/validate-manifest');

/** Where the manifest in the repository points: the dev-server. */
const DEV_ORIGIN = 'https://localhost:3000';

/**
 * `npm run build -- --env url=https://host/path`: the address the built files will be served from
 * (no trailing slash). Every URL in dist/manifest.xml then points there, and AppDomains holds its
 * origin. Without it, dist/manifest.xml is the development manifest (localhost).
 */
function deployUrl(env) {
  const raw = env && typeof env.url === 'string' ? env.url.trim() : '';
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`--env url=${raw} is not a URL (expected https://host/path).`);
  }
  if (url.protocol !== 'https:') throw new Error(`--env url=${raw}: Office add-ins must be served over https.`);
  if (url.search || url.hash) throw new Error(`--env url=${raw}: give the folder only, without ? or #.`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The manifest for `url`: every dev URL rewritten, AppDomains set to the origin. */
function manifestFor(xml, url) {
  const origin = new URL(url).origin;
  return xml
    .replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(DEV_ORIGIN)
    .join(url);
}

/** After emit: run the offline checks on dist/manifest.xml and fail the build when they fail. */
class ValidateManifestPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tapPromise('ValidateManifest', async (compilation) => {
      const file = path.join(compiler.options.output.path, 'manifest.xml');
      if (!fs.existsSync(file)) return;
      const problems = await validate(file, root, this.url);
      for (const p of problems) compilation.errors.push(new Error(`dist/manifest.xml: ${p}`));
    });
  }
}

/** Dev certificates from `npx office-addin-dev-certs install`; absent here, so the dev-server falls back to http. */
function devServerHttps() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const ok = Object.values(files).every((f) => fs.existsSync(path.join(dir, f)));
  if (!ok) {
    console.warn(
      `[scorelight] No dev certificates in ${dir}: the dev-server runs on plain http://localhost:3000. ` +
        'Excel needs https: run `npx office-addin-dev-certs install` on your machine, then restart.',
    );
    return { type: 'http' };
  }
  const read = (f) => fs.readFileSync(path.join(dir, f));
  return { type: 'https', options: { key: read(files.key), cert: read(files.cert), ca: read(files.ca) } };
}

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const url = deployUrl(env);
  const hasCommands = exists('src/commands/commands.ts');
  if (!hasCommands) console.warn('[scorelight] src/commands/commands.ts not found: building the task pane only.');

  const entry = { taskpane: './src/taskpane/index.tsx' };
  if (hasCommands) entry.commands = './src/commands/commands.ts';

  const plugins = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['runtime', 'taskpane'],
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets', to: 'assets', noErrorOnMissing: true },
        {
          from: 'manifest*.xml',
          to: '.',
          noErrorOnMissing: true,
          transform: (content) => (url ? manifestFor(content.toString(), url) : content),
        },
      ],
    }),
    new ValidateManifestPlugin(url),
    // Griffel's CSS (Fluent's and ours) in one stylesheet the page links, sorted as Griffel's runtime
    // would insert it: nothing is inserted rule by rule while the pane first renders. Griffel sorts
    // its rules itself, so mini-css-extract's module order warnings do not apply.
    new MiniCssExtractPlugin({
      filename: `${production ? '[name].[contenthash:8]' : '[name]'}.css`,
      ignoreOrder: true,
    }),
    new GriffelCSSExtractionPlugin(),
  ];
  if (hasCommands) {
    plugins.push(
      exists('src/commands/commands.html')
        ? new HtmlWebpackPlugin({
            filename: 'commands.html',
            template: './src/commands/commands.html',
            chunks: ['runtime', 'commands'],
          })
        : new HtmlWebpackPlugin({
            filename: 'commands.html',
            chunks: ['runtime', 'commands'],
            templateContent:
              '<!doctype html><html><head><meta charset="utf-8"><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script></head><body></body></html>',
          }),
    );
  }

  const hashed = production ? '[name].[contenthash:8]' : '[name]';
  const config = {
    entry,
    // Excel on Windows 10 without WebView2 runs add-ins in EdgeHTML 18, which knows ES2017 but not
    // optional chaining, ?? or object spread: webpack's own code and ours are emitted as ES2017.
    target: ['web', 'es2017'],
    devtool: production ? false : 'eval-source-map',
    output: {
      path: path.join(root, 'dist'),
      filename: `${hashed}.js`,
      chunkFilename: `${hashed}.js`,
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [
        {
          // Dependencies ship ES2018+ syntax (object spread, ?. and ??): down-level them to ES2017 for
          // EdgeHTML too. Transpile only, no type checks: TypeScript reads JavaScript as it is.
          test: /\.m?js$/,
          include: /node_modules/,
          use: [
            // Fluent's styles (precomputed by Fluent) move to the stylesheet, as ours do below.
            { loader: GriffelCSSExtractionPlugin.loader },
            {
              loader: 'ts-loader',
              options: {
                instance: 'dependencies',
                transpileOnly: true,
                configFile: path.join(root, 'tsconfig.json'),
                compilerOptions: { noEmit: false, allowJs: true, sourceMap: false, target: 'ES2017' },
              },
            },
          ],
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: ts-loader makes JavaScript, then Griffel's loader turns each
          // makeStyles() into its precomputed class names and CSS (as Fluent's own packages ship), so
          // the first render does not resolve styles (stylis, RTL flipping, hashing) in the browser;
          // then the extraction loader moves that CSS to the stylesheet.
          use: [
            { loader: GriffelCSSExtractionPlugin.loader },
            { loader: '@griffel/webpack-loader' },
            {
              loader: 'ts-loader',
              // Type checking is `npm run typecheck`; transpiling alone keeps builds quick.
              options: {
                transpileOnly: true,
                configFile: path.join(root, 'tsconfig.json'),
                compilerOptions: { noEmit: false, sourceMap: !production, target: 'ES2017' },
              },
            },
          ],
        },
        // The CSS Griffel extracts (virtual .griffel.css modules), into the stylesheet.
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
      ],
    },
    plugins,
    optimization: {
      // The runtime lists every chunk's hash; on its own, a change to one view does not re-download the entry.
      runtimeChunk: 'single',
      splitChunks: {
        cacheGroups: {
          // React in a file of its own: the browser parses it and the pane's own code on two
          // background threads at once, and it is cached across releases of the pane.
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'react',
            chunks: (chunk) => chunk.name === 'taskpane',
            enforce: true,
          },
        },
      },
    },
    performance: {
      assetFilter: (f) => f.endsWith('.js'),
      hints: production ? 'warning' : false,
      // Budget for the pane's first load (React + Fluent + the pane, ~150 KB gzip): warn when it grows past it.
      maxEntrypointSize: 700 * 1024,
      maxAssetSize: 700 * 1024,
    },
  };
  // Only `webpack serve` needs the server settings (and the certificate check's message).
  if (env && env.WEBPACK_SERVE) {
    config.devServer = {
      port: 3000,
      // Loopback only: the sideloaded add-in and the preview both open https://localhost:3000.
      host: 'localhost',
      server: devServerHttps(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      client: { overlay: { warnings: false } },
    };
  }
  return config;
};

// For tests/manifest/production-manifest.test.ts: the same functions the build uses.
module.exports.deployUrl = deployUrl;
module.exports.manifestFor = manifestFor;
