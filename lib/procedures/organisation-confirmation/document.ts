import type { OrganisationLetterContent } from '@/lib/documents/organisation-letter-pdf';
import { UNSIGNED } from '@/lib/documents/registry-text';
import { AppError } from '@/lib/errors';
import { printedLabel } from '@/lib/i18n/printed';
import { COMMUNES } from '@/lib/reference';
import { registryNameFor } from '@/lib/registries';
import type { PreviewRow, RegistrationFacts, Signer } from '../contract';
import { documentOf } from '../civil-status-confirmation/context';
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

function statistics(ctx: OrganisationContext): string[] {
  const found = ctx.found;
  if (!found) return [];
  if (found.selection === 'criteria') {
    return [...found.counts.map((c) => `Sinh năm ${c.year}: ${c.births} trẻ em đã đăng ký khai sinh.`), `Tổng cộng: ${found.total} trẻ em.`];
  }
  const count = (type: string) => found.persons.filter((p) => p.entries.some((e) => e.eventType === type)).length;
  const none = found.persons.filter((p) => p.entries.length === 0).length;
  return [
    `Số người trong danh sách: ${found.persons.length}.`,
    ...['birth', 'marriage', 'death'].map((t) => `Có đăng ký ${EVENT_WORDS[t]}: ${count(t)} người.`),
    `Không có sự kiện hộ tịch nào trong Cơ sở dữ liệu: ${none} người.`,
  ];
}

function annexOf(ctx: OrganisationContext, scope: Scope): { heading: string; lines: string[] }[] {
  const found = ctx.found;
  if (!found || scope === 'statisticsOnly') return [];
  if (found.selection === 'idList') {
    return found.persons.map((p: NamedPerson) => ({
      heading: p.person ? `${p.person.fullName} – sinh ngày ${date(p.person.dateOfBirth)} – số định danh cá nhân ${p.personalId}` : `Số định danh cá nhân ${p.personalId}`,
      lines: entryLines(p.entries, scope),
    }));
  }
  return found.births.map((b) => ({
    heading: `${b.child.fullName} – sinh ngày ${date(b.child.dateOfBirth)}${b.child.personalId ? ` – số định danh cá nhân ${b.child.personalId}` : ''}`,
    lines: [
      ...(scope === 'fullHistory' ? entryLines(b.entries, scope) : [`Đăng ký khai sinh số ${b.entryNumber}, quyển ${b.book}, ${b.registryName}, ngày ${date(b.registeredOn)}.`]),
      `Mẹ: ${b.mother?.fullName ?? '—'}; cha: ${b.father?.fullName ?? '—'}.`,
    ],
  }));
}

/** The entries the letter discloses: whose views are logged when it is prepared (Art. 8(3)). */
export function disclosedEntries(ctx: OrganisationContext, scope: Scope): RegisterHit[] {
  const found = ctx.found;
  if (!found || scope === 'statisticsOnly') return [];
  if (found.selection === 'idList') return found.persons.flatMap((p) => p.entries);
  return found.births.flatMap((b) => (scope === 'fullHistory' ? b.entries : b.entries.filter((e) => e.id === b.recordId)));
}

export function organisationLetterContent(answers: OrganisationAnswers, ctx: OrganisationContext, registration: RegistrationFacts, signer: Signer | null): OrganisationLetterContent {
  const o = answers.organisation;
  const scope = answers.request?.scope;
  if (!o || !scope || !ctx.found) throw new AppError('conflict', 'The application is incomplete');
  const annex = annexOf(ctx, scope);
  const found = ctx.found;
  const truncated = found.selection === 'criteria' && found.total > found.births.length && scope !== 'statisticsOnly';
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
    statistics: statistics(ctx),
    annex,
    conclusion: truncated
      ? `Theo Cơ sở dữ liệu hộ tịch điện tử đến ngày xác nhận. Phụ lục liệt kê ${annex.length} người đầu tiên theo thứ tự đăng ký.`
      : 'Theo Cơ sở dữ liệu hộ tịch điện tử đến ngày xác nhận. Tổ chức chỉ sử dụng thông tin trong phạm vi và mục đích đã nêu (Điều 8 khoản 3 Thông tư 01/2022/TT-BTP).',
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
