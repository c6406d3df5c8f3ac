import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  CaseStudyCandidate,
  CaseStudyRule,
  ReferenceRequest,
} from '../../../src-shared/model/analysis/case-studies';
import { cli, cliJson } from '../../helpers/cli-run';
import { useShippedSampleWorkspace } from '../sample/shipped-workspace';

interface Rules {
  rules: CaseStudyRule[];
  active: string;
}
interface CaseStudies {
  rule: CaseStudyRule;
  candidates: CaseStudyCandidate[];
}

/** DESIGN section 4's default rule, written out by hand. */
const designRule: CaseStudyRule = {
  name: 'Default',
  minTenureMonths: 6,
  minNps: 9,
  minScore: 70,
  requireChampionContact: true,
  notAskedWithinDays: 90,
  notDeclinedWithinDays: 365,
  excludeConsentRefused: true,
  activeOnly: true,
};

const today = () => new Date().toISOString().slice(0, 10);

describe('case-study rules and reference requests on the command line, on the bundled sample', () => {
  const sample = useShippedSampleWorkspace();
  let path = '';
  let defaultCandidates: CaseStudyCandidate[] = [];

  beforeAll(async () => {
    path = sample().workspace.path;
    expect((await cli('analyze', '--workspace', path)).code).toBe(0);
    defaultCandidates = (await cliJson<CaseStudies>('case-studies', '--workspace', path))
      .candidates;
  });

  it('lists the built-in rule as DESIGN section 4 states it, active', async () => {
    expect(await cliJson<Rules>('rules', '--workspace', path)).toEqual({
      rules: [designRule],
      active: 'Default',
    });
    const text = await cli('rules', '--workspace', path);
    expect(text.out).toMatch(/^\*\s+Default\s+6\s+9\s+70\s+yes\s+90\s+365\s+yes\s+yes$/m);
  });

  it('saves a rule, keeps the fields not given when saved again, and lists candidates under it once chosen', async () => {
    const saved = await cliJson<CaseStudyRule>(
      'rules',
      'save',
      'Strict',
      '--min-score',
      '80',
      '--min-tenure-months',
      '12',
      '--workspace',
      path,
    );
    expect(saved).toEqual({ ...designRule, name: 'Strict', minScore: 80, minTenureMonths: 12 });
    const again = await cliJson<CaseStudyRule>(
      'rules',
      'save',
      'Strict',
      '--not-asked-within-days',
      '180',
      '--active-only',
      'false',
      '--workspace',
      path,
    );
    expect(again).toEqual({ ...saved, notAskedWithinDays: 180, activeOnly: false });
    const listed = await cliJson<Rules>('rules', '--workspace', path);
    expect(listed.rules.map((r) => r.name)).toEqual(['Default', 'Strict']);
    expect(listed.active).toBe('Default');

    expect((await cli('rules', 'use', 'Strict', '--workspace', path)).out).toBe(
      'Active: case-study rule "Strict" (tenure ≥ 12 months, NPS ≥ 9, score ≥ 80, a champion or decision-maker contact, not asked within 180 days, not declined within 365 days, refused consent left out, active or churned).',
    );
    const strict = await cliJson<CaseStudies>('case-studies', '--workspace', path);
    expect(strict.rule.name).toBe('Strict');
    expect(strict.candidates.length).toBeGreaterThan(0);
    expect(strict.candidates.length).toBeLessThan(defaultCandidates.length);
    for (const c of strict.candidates) {
      expect(c.score).toBeGreaterThanOrEqual(80);
      expect(c.proof.tenureMonths).toBeGreaterThanOrEqual(12);
    }
    // Every default candidate that passes the stricter score and tenure is still listed.
    const expected = defaultCandidates
      .filter((c) => c.score >= 80 && (c.proof.tenureMonths ?? 0) >= 12)
      .map((c) => c.accountId);
    expect(strict.candidates.map((c) => c.accountId)).toEqual(expect.arrayContaining(expected));

    const deleted = await cli('rules', 'delete', 'Strict', '--workspace', path);
    expect(deleted.out).toBe(
      'Deleted the case-study rule "Strict". It was the active one; "Default" is active now.',
    );
    expect((await cliJson<CaseStudies>('case-studies', '--workspace', path)).rule).toEqual(
      designRule,
    );
  });

  it('reads rule fields from a JSON file, as `rules --json` writes them', async () => {
    const file = join(dirname(path), 'rule.json');
    writeFileSync(file, JSON.stringify({ ...designRule, name: 'Ignored', minNps: 10 }));
    const saved = await cliJson<CaseStudyRule>(
      'rules',
      'save',
      'Promoters',
      '--json-file',
      file,
      '--min-score',
      '75',
      '--workspace',
      path,
    );
    expect(saved).toEqual({ ...designRule, name: 'Promoters', minNps: 10, minScore: 75 });
    writeFileSync(file, JSON.stringify({ minScore: 75, loudness: 3 }));
    expect(
      await cli('rules', 'save', 'Loud', '--json-file', file, '--workspace', path),
    ).toMatchObject({ code: 1, err: `${file}: Unrecognized key: "loudness".` });
    expect((await cli('rules', 'delete', 'Promoters', '--workspace', path)).code).toBe(0);
  });

  it('refuses what the engine or the schema refuses with exit code 1, and misuse with 2', async () => {
    const refused = async (argv: string[], message: string) => {
      const run = await cli('rules', ...argv, '--workspace', path);
      expect(run).toMatchObject({ code: 1, out: '', err: message });
    };
    await refused(
      ['save', 'X', '--min-nps', '11'],
      'minNps (--min-nps): Too big: expected number to be <=10.',
    );
    await refused(
      ['save', 'X', '--min-score=-1'],
      'minScore (--min-score): Too small: expected number to be >=0.',
    );
    await refused(
      ['save', 'Default', '--min-score', '60'],
      'Save the rule under a name other than "Default".',
    );
    await refused(['delete', 'Default'], '"Default" is the built-in case-study rule and stays.');
    await refused(['delete', 'Nobody'], 'No saved case-study rule is named "Nobody".');
    await refused(['use', 'Nobody'], 'No case-study rule is named "Nobody".');
    for (const argv of [
      ['save', 'X', '--active-only', 'maybe'],
      ['save', 'X', '--min-score', 'high'],
      ['--min-score', '3'],
      ['use'],
      ['copy', 'X'],
    ]) {
      const run = await cli('rules', ...argv, '--workspace', path);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.err).toContain('Usage: npm run cli -- rules');
    }
    expect((await cliJson<Rules>('rules', '--workspace', path)).rules).toEqual([designRule]);
  });

  it('logs a request to a contact named by e-mail, so the candidate is not asked again, and records its outcome', async () => {
    expect((await cli('references', '--workspace', path)).out).toBe(
      'No reference requests logged.',
    );
    const candidate = defaultCandidates.find((c) => c.contact.email);
    if (!candidate?.contact.email) throw new Error('the sample has a candidate with an e-mail');
    const logged = await cliJson<ReferenceRequest>(
      'references',
      'log',
      '--account',
      candidate.accountId,
      '--contact',
      candidate.contact.email.toUpperCase(),
      '--note',
      'Webinar guest',
      '--workspace',
      path,
    );
    expect(logged).toEqual({
      id: 1,
      accountId: candidate.accountId,
      contactId: candidate.contact.contactId,
      contactName: candidate.contact.name,
      kind: 'case_study',
      askedAt: today(),
      askedBy: null,
      outcome: 'pending',
      note: 'Webinar guest',
    });
    const after = await cliJson<CaseStudies>('case-studies', '--workspace', path);
    expect(after.candidates.map((c) => c.accountId)).toEqual(
      defaultCandidates.map((c) => c.accountId).filter((id) => id !== candidate.accountId),
    );

    const other = defaultCandidates.find((c) => c.accountId !== candidate.accountId);
    if (!other) throw new Error('the sample has two candidates');
    const second = await cliJson<ReferenceRequest>(
      'references',
      'log',
      '--account',
      other.accountId,
      '--contact',
      other.contact.contactId,
      '--date',
      '2026-01-15',
      '--kind',
      'testimonial',
      '--by',
      'CS team',
      '--workspace',
      path,
    );
    expect(second).toMatchObject({ id: 2, kind: 'testimonial', askedAt: '2026-01-15' });
    // Asked long enough ago: still a candidate.
    expect(
      (await cliJson<CaseStudies>('case-studies', '--workspace', path)).candidates.map(
        (c) => c.accountId,
      ),
    ).toContain(other.accountId);

    expect(
      (await cliJson<ReferenceRequest[]>('references', '--workspace', path)).map((r) => r.id),
    ).toEqual([1, 2]);
    expect(
      await cliJson<ReferenceRequest[]>(
        'references',
        '--account',
        other.accountId,
        '--workspace',
        path,
      ),
    ).toEqual([second]);
    const listing = await cli('references', '--workspace', path);
    expect(listing.out).toMatch(
      new RegExp(
        `^ 2  2026-01-15  ${other.accountId}  .*  testimonial\\s+pending\\s+CS team\\s+–$`,
        'm',
      ),
    );

    const declined = await cli(
      'references',
      'outcome',
      '2',
      '--outcome',
      'declined',
      '--note',
      'Busy',
      '--workspace',
      path,
    );
    expect(declined.code).toBe(0);
    expect(declined.out).toContain('Updated reference request 2: testimonial asked of account');
    expect(declined.out).toContain('outcome declined; note "Busy".');
    // Declined within the year: no longer a candidate.
    expect(
      (await cliJson<CaseStudies>('case-studies', '--workspace', path)).candidates.map(
        (c) => c.accountId,
      ),
    ).not.toContain(other.accountId);
  });

  it('refuses unknown accounts, contacts and requests with exit code 1, and misuse with 2', async () => {
    const account = defaultCandidates[0]?.accountId ?? '';
    const refused = async (argv: string[], message: string) => {
      const run = await cli('references', ...argv, '--workspace', path);
      expect(run).toMatchObject({ code: 1, out: '', err: message });
    };
    await refused(['log', '--account', 'NO-SUCH'], 'No account has the id "NO-SUCH".');
    await refused(
      ['log', '--account', account, '--contact', 'nobody@example.test'],
      `Account ${account} has no contact "nobody@example.test".`,
    );
    await refused(
      ['outcome', '999', '--outcome', 'accepted'],
      'No reference request has the id 999.',
    );
    for (const argv of [
      ['log'],
      ['log', '--account', account, '--date', '2026-13-01'],
      ['log', '--account', account, '--kind', 'podcast'],
      ['outcome', '1'],
      ['outcome', '1', '--outcome', 'maybe'],
      ['outcome', 'first', '--outcome', 'accepted'],
      ['--kind', 'review'],
      ['forget', '1'],
    ]) {
      const run = await cli('references', ...argv, '--workspace', path);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.err).toContain('Usage: npm run cli -- references');
    }
    expect(await cliJson<ReferenceRequest[]>('references', '--workspace', path)).toHaveLength(2);
  });
});
