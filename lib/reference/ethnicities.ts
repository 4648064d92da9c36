/**
 * The 54 ethnic groups of Vietnam with the General Statistics Office codes
 * (Decision 121-TCTK/PPCĐ, 1979; still the list used on civil-status forms).
 */
export const ETHNICITIES = [
  ['01', 'Kinh'], ['02', 'Tày'], ['03', 'Thái'], ['04', 'Hoa'], ['05', 'Khmer'], ['06', 'Mường'],
  ['07', 'Nùng'], ['08', 'Mông'], ['09', 'Dao'], ['10', 'Gia Rai'], ['11', 'Ngái'], ['12', 'Ê Đê'],
  ['13', 'Ba Na'], ['14', 'Xơ Đăng'], ['15', 'Sán Chay'], ['16', 'Cơ Ho'], ['17', 'Chăm'], ['18', 'Sán Dìu'],
  ['19', 'Hrê'], ['20', 'Mnông'], ['21', 'Ra Glai'], ['22', 'Xtiêng'], ['23', 'Bru Vân Kiều'], ['24', 'Thổ'],
  ['25', 'Giáy'], ['26', 'Cơ Tu'], ['27', 'Gié Triêng'], ['28', 'Mạ'], ['29', 'Khơ Mú'], ['30', 'Co'],
  ['31', 'Tà Ôi'], ['32', 'Chơ Ro'], ['33', 'Kháng'], ['34', 'Xinh Mun'], ['35', 'Hà Nhì'], ['36', 'Chu Ru'],
  ['37', 'Lào'], ['38', 'La Chí'], ['39', 'La Ha'], ['40', 'Phù Lá'], ['41', 'La Hủ'], ['42', 'Lự'],
  ['43', 'Lô Lô'], ['44', 'Chứt'], ['45', 'Mảng'], ['46', 'Pà Thẻn'], ['47', 'Cơ Lao'], ['48', 'Cống'],
  ['49', 'Bố Y'], ['50', 'Si La'], ['51', 'Pu Péo'], ['52', 'Brâu'], ['53', 'Ơ Đu'], ['54', 'Rơ Măm'],
].map(([code, name]) => ({ code: code!, name: name! }));

export function ethnicityCodeByName(name: string): string | undefined {
  const wanted = name.normalize('NFC').trim().toLowerCase();
  return ETHNICITIES.find((e) => e.name.toLowerCase() === wanted)?.code;
}

export function ethnicityName(code: string): string | undefined {
  return ETHNICITIES.find((e) => e.code === code)?.name;
}
