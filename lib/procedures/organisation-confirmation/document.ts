import type { OrganisationLetterContent } from '@/lib/documents/organisation-letter-pdf';
import { UNSIGNED } from '@/lib/documents/registry-text';
import { AppError } from '@/lib/errors';
import { printedLabel } from '@/lib/i18n/printed';
import { COMMUNES } from '@/lib/reference';
import { registryNameFor } from '@/lib/registries';
import type { PreviewRow, RegistrationFacts, Signer } from '../contract';
import { documentOf } from '../entry-line';
import type { RegisterHit } from '@/lib/civil-status/register';
import type { OrganisationContext, NamedPerson } from './context';
import { idsOf, type OrganisationAnswers, type Scope } from './schema';

/*
 * What the letter to an organisation says, in its scope and nothing beyond (Circular 01/2022 Art.
 * 8(2)–(3)): the counts always; in `registrationOnly` each person's registrations (which entry,
 * where, when); in `fullHistory` also each entry's content and every later change. A
 * statistics-only letter names no one and prints no personal ID number.
 */

const date = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '—');
const SCOPE_TEXT: Record<Scope, string> = {
  fullHistory: 'Toàn bộ thông tin hộ tịch của từng người (các sự kiện đã đăng ký và mọi thay đổi sau đó)',
  registrationOnly: 'Thông tin đăng ký hộ tịch (số, quyển, nơi và ngày đăng ký) của từng người',
  statisticsOnly: 'Chỉ số liệu thống kê, không kèm thông tin cá nhân',
};
const EVENT_WORDS: Record<string, string> = { birth: 'khai sinh', marriage: 'kết hôn', death: 'khai tử', amendment: 'thay đổi, cải chính' };

export function selectionText(answers: OrganisationAnswers): string {
  const p = answers.persons;
  if (!p) return '';
  if (p.selection === 'idList') return `${idsOf(p.personalIds).length} người theo danh sách số định danh cá nhân kèm văn bản đề nghị`;
  const commune = COMMUNES.find((c) => c.code === p.communeCode);
  const parents = idsOf(p.parentIds).length;
  return [
    `Trẻ em sinh từ năm ${p.birthYearFrom} đến năm ${p.birthYearTo}`,
    commune ? `đăng ký khai sinh tại ${registryNameFor(commune)}` : '',
    parents ? `là con của ${parents} người theo số định danh cá nhân đã nêu` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function entryLines(entries: readonly RegisterHit[], scope: Scope): string[] {
  if (entries.length === 0) return ['Không có sự kiện hộ tịch nào trong Cơ sở dữ liệu hộ tịch điện tử.'];
  return entries.flatMap((e) => [
    `${documentOf(e)}.`,
    ...(scope === 'fullHistory'
      ? e.content
          .filter((r) => r.label !== 'verify.registry' && r.label !== 'verify.entry')
          .slice(0, 6)
          .map((r) => `– ${printedLabel(r.label)}: ${r.value}`)
      : []),
  ]);
}

/**
 * Counts smaller than this are not printed in a statistics-only letter ("dưới 5"): a count of one or
 * two people would tell the organisation about those people, which that scope must not (Art. 8(3)).
 */
export const SMALLEST_COUNT_SHOWN = 5;

export function statistics(ctx: OrganisationContext, scope: Scope): string[] {
  const found = ctx.found;
  if (!found) return [];
  const n = (count: number) => (scope === 'statisticsOnly' && count > 0 && count < SMALLEST_COUNT_SHOWN ? `dưới ${SMALLEST_COUNT_SHOWN}` : String(count));
  if (found.selection === 'criteria') {
    const years = found.counts.map((c) => `${c.year}: ${n(c.births)}`).join('; ');
    return [`Trẻ em đã đăng ký khai sinh, theo năm sinh: ${years || 'không có'}.`, `Tổng cộng: ${n(found.total)} trẻ em.`];
  }
  const count = (type: string) => found.persons.filter((p) => p.entries.some((e) => e.eventType === type)).length;
  const none = found.persons.filter((p) => p.entries.length === 0).length;
  return [
    `Số người trong danh sách: ${found.persons.length}.`,
    ...['birth', 'marriage', 'death'].map((t) => `Có đăng ký ${EVENT_WORDS[t]}: ${n(count(t))} người.`),
    `Không có sự kiện hộ tịch nào trong Cơ sở dữ liệu: ${n(none)} người.`,
  ];
}

/**
 * The persons of the letter, as frozen when it was numbered: only the entries logged as disclosed
 * then (`disclosed`), whatever was registered before the signature.
 */
function annexOf(ctx: OrganisationContext, scope: Scope, disclosed: ReadonlySet<string>): { heading: string; lines: string[] }[] {
  const found = ctx.found;
  if (!found || scope === 'statisticsOnly') return [];
  const kept = (entries: readonly RegisterHit[]) => entries.filter((e) => disclosed.has(e.id));
  if (found.selection === 'idList') {
    return found.persons.map((p: NamedPerson) => ({
      heading: p.person ? `${p.person.fullName} – sinh ngày ${date(p.person.dateOfBirth)} – số định danh cá nhân ${p.personalId}` : `Số định danh cá nhân ${p.personalId}: không có trong Cơ sở dữ liệu quốc gia về dân cư`,
      lines: entryLines(kept(p.entries), scope),
    }));
  }
  return found.births
    .filter((b) => disclosed.has(b.recordId))
    .map((b) => ({
      heading: `${b.child.fullName} – sinh ngày ${date(b.child.dateOfBirth)}${b.child.personalId ? ` – số định danh cá nhân ${b.child.personalId}` : ''}`,
      lines: [
        ...(scope === 'fullHistory' ? entryLines(kept(b.entries), scope) : [`Đăng ký khai sinh số ${b.entryNumber}, quyển ${b.book}, ${b.registryName}, ngày ${date(b.registeredOn)}.`]),
        `Mẹ: ${b.mother?.fullName ?? '—'}; cha: ${b.father?.fullName ?? '—'}.`,
      ],
    }));
}

/** The entries the letter discloses: logged as viewed when it is numbered, and the only ones it prints (Art. 8(3)). */
export function disclosedEntries(ctx: OrganisationContext, scope: Scope): RegisterHit[] {
  const found = ctx.found;
  if (!found || scope === 'statisticsOnly') return [];
  if (found.selection === 'idList') return found.persons.flatMap((p) => p.entries);
  return found.births.flatMap((b) => (scope === 'fullHistory' ? [b.entry, ...b.entries.filter((e) => e.id !== b.entry.id)] : [b.entry]));
}

/** Persons named in the letter with no entry: their name and date of birth are disclosed all the same. */
export function namedWithoutEntries(ctx: OrganisationContext, scope: Scope): string[] {
  const found = ctx.found;
  if (!found || scope === 'statisticsOnly' || found.selection !== 'idList') return [];
  return found.persons.filter((p) => p.person && p.entries.length === 0).map((p) => p.personalId);
}

export function organisationLetterContent(answers: OrganisationAnswers, ctx: OrganisationContext, registration: RegistrationFacts, signer: Signer | null): OrganisationLetterContent {
  const o = answers.organisation;
  const scope = answers.request?.scope;
  if (!o || !scope || !ctx.found) throw new AppError('conflict', 'The application is incomplete', { reason: 'incomplete' });
  // Numbered, the letter says what was approved and logged then; the draft has no list at all.
  const disclosed = new Set((registration.disclosed ?? '').split(',').filter(Boolean));
  const annex = annexOf(ctx, scope, disclosed);
  const counts: string[] = registration.statistics ? (JSON.parse(registration.statistics) as string[]) : statistics(ctx, scope);
  const found = ctx.found;
  const truncated = found.selection === 'criteria' && found.total > found.births.length && scope !== 'statisticsOnly';
  const useClause = 'Tổ chức chỉ sử dụng thông tin trong phạm vi và mục đích đã nêu (Điều 8 khoản 3 Thông tư 01/2022/TT-BTP).';
  return {
    registryName: registration.registryName,
    entryNumber: registration.entryNumber,
    book: registration.book,
    registeredOn: registration.registeredOn,
    organisation: { code: ctx.organisation?.code ?? '', name: ctx.organisation?.name ?? o.organisationName },
    representative: `${o.representativeName}, ${o.position}`,
    officialLetter: o.letterReference,
    legalAuthority: o.legalAuthority,
    purpose: answers.request?.purpose ?? '',
    scope,
    scopeText: SCOPE_TEXT[scope],
    selection: selectionText(answers),
    statistics: counts,
    annex,
    conclusion: `Theo Cơ sở dữ liệu hộ tịch điện tử đến ngày xác nhận.${truncated ? ` Phụ lục liệt kê ${annex.length} người đầu tiên theo thứ tự đăng ký.` : ''} ${useClause}`,
    signer: signer ?? UNSIGNED,
  };
}

export function organisationLetterPreview(c: OrganisationLetterContent): PreviewRow[] {
  return [
    { label: 'orgConfirm.preview.organisation', value: c.organisation.name, emphasis: true },
    { label: 'orgConfirm.fields.letterReference', value: c.officialLetter },
    { label: 'orgConfirm.preview.selection', value: c.selection },
    { label: 'orgConfirm.preview.scope', value: c.scopeText },
    ...c.statistics.map((s) => ({ label: 'orgConfirm.preview.statistics', value: s })),
    ...(c.scope !== 'statisticsOnly' ? [{ label: 'orgConfirm.preview.annex', value: c.annex.length ? String(c.annex.length) : '—' }] : []),
    { label: 'orgConfirm.fields.purpose', value: c.purpose },
    { label: 'verify.registry', value: c.registryName },
    ...(c.entryNumber ? [{ label: 'verify.entry', value: `${c.entryNumber} — ${c.book}` }] : []),
  ];
}
