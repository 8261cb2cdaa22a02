/** A host rejection as a sentence for the user (hosts reject with Error messages meant for people). */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Something went wrong. Nothing was changed.';
}
