/** Whether a workbook protects its structure: then no sheet may be added (Excel would refuse or undo it). */
import { localName, scanXml } from './xml-scan';

/** True when the workbook part protects its structure (<workbookProtection lockStructure="1">). */
export function lockedStructure(workbookXml: string): boolean {
  let locked = false;
  scanXml(workbookXml, {
    open(tag) {
      if (localName(tag.name) !== 'workbookProtection') return;
      const v = tag.attrs.lockStructure;
      locked = v === '1' || v === 'true';
    },
  });
  return locked;
}
