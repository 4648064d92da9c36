/** "Nguyễn Thị Lan" → surname "Nguyễn", middle "Thị", given "Lan" (họ / chữ đệm / tên). */
export function splitFullName(fullName: string) {
  const parts = fullName.normalize('NFC').trim().split(/\s+/);
  if (parts.length === 1) return { surname: parts[0]!, middleName: '', givenName: parts[0]! };
  return { surname: parts[0]!, middleName: parts.slice(1, -1).join(' '), givenName: parts.at(-1)! };
}

export function joinFullName(p: { surname: string; middleName: string; givenName: string }): string {
  return [p.surname, p.middleName, p.givenName]
    .map((s) => s.normalize('NFC').trim())
    .filter(Boolean)
    .join(' ');
}
