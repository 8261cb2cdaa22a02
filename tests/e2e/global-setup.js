// Placeholder until the browser tests land: builds nothing yet.
module.exports = async () => {};
