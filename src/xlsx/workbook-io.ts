/**
 * Opening and saving .xlsx bytes: the package read into a Book, and saved as the user's own
 * package with only Scorelight's parts edited (see package/write-package.ts).
 */
import type { Book } from './book/book';
import { NotAWorkbookError, openBook, type OpenBookOptions } from './book/read-book';
import { writePackage, type ZipCodec } from './package/write-package';
import { checkPackageEntries } from './package/zip-directory';

/**
 * Parse .xlsx bytes into a Book. Rejects when the bytes are not a readable workbook, or hold an
 * entry we would refuse to write ("../../evil.txt"): said when the file is opened, not at saving.
 */
export async function openWorkbook(data: ArrayBuffer | Uint8Array, options: OpenBookOptions = {}): Promise<Book> {
  const book = await openBook(data, options);
  const problem = checkPackageEntries(book.original);
  if (problem) throw new NotAWorkbookError(problem);
  return book;
}

/** The scored workbook: the package it was opened from, with only Scorelight's parts rewritten. */
export async function savePackage(book: Book, codec?: ZipCodec): Promise<Uint8Array> {
  return writePackage(book, { codec });
}
