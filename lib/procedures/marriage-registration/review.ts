import { validatePersonalId } from '@/lib/identity/personal-id';
import type { Finding } from '../contract';
import { crossChecks, requiredDocuments, sides } from './checks';
import type { MarriageContext } from './context';
import { PARTIES, type MarriageAnswers } from './schema';

/**
 * What the officer checks before returning the draft: every refusal (should one have arisen since
 * submission), parties the databases show as parent and child or as siblings (Law on Marriage and
 * Family Art. 5(2)(d)), statuses the databases cannot confirm and divorces they do not hold, and
 * ID numbers that do not match the person's sex or year of birth.
 */
export function reviewFindings(answers: MarriageAnswers, ctx: MarriageContext): Finding[] {
  const findings: Finding[] = crossChecks(answers, ctx).map((p) => ({ field: `${p.step}.${p.field}`, code: p.message, severity: 'error' }));
  if (ctx.kinship && ctx.other) {
    findings.push({ field: 'otherParty.personalId', code: `marriage.findings.${ctx.kinship}`, severity: 'error', onRecord: `${ctx.self.person.fullName} – ${ctx.other.person.fullName}` });
  }
  const s = sides(answers, ctx);
  const docs = requiredDocuments(answers, ctx);
  for (const p of PARTIES) {
    const record = s[p];
    if (!record) continue;
    if (record.status === null) findings.push({ field: `status.${p}Status`, code: 'marriage.findings.statusUnconfirmed', severity: 'warning', typed: answers.status?.[`${p}Status`] });
    if (docs.includes(`${p}DivorceJudgment`)) findings.push({ field: `status.${p}Status`, code: 'marriage.findings.divorceNotOnRecord', severity: 'info' });
    const person = record.person;
    const id = validatePersonalId(person.personalId, { sex: person.sex, dateOfBirth: person.dateOfBirth });
    if (id.ok) for (const w of id.warnings) findings.push({ field: p === answers.applicant?.party ? 'applicant.party' : 'otherParty.personalId', code: `personalId.${w}`, severity: 'warning', typed: person.personalId });
  }
  return findings;
}
