/** Parsing Excel's sheet-qualified addresses ("'Q2 KPIs'!B7:C9"). */

export function splitQualifiedAddress(address: string): { sheet: string; address: string } | null {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: address.slice(bang + 1) };
}
