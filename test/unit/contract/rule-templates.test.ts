import { globSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { hintSaid, ruleSaid } from '../../../contract/messages/templates';
import { CORRECT_FIELD_HINT, fieldError } from '../../../contract/result';
import { inEnglish } from '../../../main/platform/messages';

/** A literal of the sources: its text, the holes of a template literal as null. */
interface Literal {
  where: string;
  parts: (string | null)[];
}

const parse = (file: string) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
const where = (node: ts.Node) => {
  const source = node.getSourceFile();
  return `${source.fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
};

function literalOf(node: ts.Node): Literal | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { where: where(node), parts: [node.text] };
  if (ts.isTemplateExpression(node)) return { where: where(node), parts: [node.head.text, ...node.templateSpans.flatMap((span) => [null, span.literal.text])] };
  return undefined;
}

/** The words a rule starts with (or a quoted value, `"…" is not…`): what the schemas write after a field's name. */
const RULE_START = /^(must|is|are|cannot|needs|has|may|give|there|the file)\b|^"\0" /;
const text = ({ parts }: Literal) => parts.map((part) => part ?? '\0').join('');

/** Every literal of contract/schemas and contract/text.ts that reads as a rule (not one inside another's hole). */
function schemaRules(): Literal[] {
  const found: Literal[] = [];
  for (const file of [...globSync('contract/schemas/**/*.ts'), 'contract/text.ts']) {
    const visit = (node: ts.Node) => {
      const literal = literalOf(node);
      if (literal) {
        const words = text(literal);
        if (RULE_START.test(words) && !words.endsWith('.')) found.push(literal);
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(parse(file));
  }
  return found;
}

/** Words the other tests check: a zod issue's message is a schema's rule; the hint is asserted below. */
const CHECKED_ELSEWHERE = new Set(['issue?.message', 'CORRECT_FIELD_HINT']);

/** The rule and hint given to every `invalidField(` / `fieldError(` of main (the CLI aside: it writes English only), a named constant read from its file. */
function mainArguments(): { rules: Literal[]; hints: Literal[]; unread: string[] } {
  const rules: Literal[] = [];
  const hints: Literal[] = [];
  const unread: string[] = [];
  for (const file of globSync('main/**/*.ts', { exclude: (name) => name === 'cli' })) {
    const source = parse(file);
    const constants = new Map<string, ts.Expression>();
    const collect = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) constants.set(node.name.text, node.initializer);
      ts.forEachChild(node, collect);
    };
    collect(source);
    const read = (node: ts.Expression | undefined, into: Literal[], parameters: ReadonlySet<string>): void => {
      if (!node) return;
      const literal = literalOf(node);
      if (literal) into.push(literal);
      else if (ts.isBinaryExpression(node) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(node.operatorToken.kind)) {
        read(node.left, into, parameters);
        read(node.right, into, parameters);
      } else if (ts.isConditionalExpression(node)) {
        read(node.whenTrue, into, parameters);
        read(node.whenFalse, into, parameters);
      } else if (ts.isIdentifier(node) && !parameters.has(node.text) && constants.has(node.text)) read(constants.get(node.text), into, parameters);
      else if (!(ts.isIdentifier(node) && parameters.has(node.text)) && !CHECKED_ELSEWHERE.has(node.getText())) unread.push(`${where(node)} ${node.getText()}`);
    };
    const visit = (node: ts.Node, parameters: ReadonlySet<string>) => {
      let inside = parameters;
      if (ts.isFunctionLike(node)) inside = new Set([...parameters, ...node.parameters.flatMap((parameter) => (ts.isIdentifier(parameter.name) ? [parameter.name.text] : []))]);
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ['invalidField', 'fieldError'].includes(node.expression.text)) {
        read(node.arguments[1], rules, inside);
        read(node.arguments[2], hints, inside);
      }
      ts.forEachChild(node, (child) => visit(child, inside));
    };
    visit(source, new Set());
  }
  return { rules, hints, unread };
}

/**
 * The words a literal can write: each hole as a number, or as nothing (an optional suffix).
 * A hole that takes words is listed with the words it takes.
 */
const WORDS_IN_HOLES: Record<string, string[]> = {
  'must be a \0 name of at most 64 characters': ['must be a phone group name of at most 64 characters', 'must be a phone name of at most 64 characters'],
  'must not contain spaces\0': ['must not contain spaces', 'must not contain spaces (copy it exactly from the console)'],
};
function instances(literal: Literal): string[] {
  const words = text(literal);
  if (WORDS_IN_HOLES[words]) return WORDS_IN_HOLES[words];
  return [literal.parts.map((part) => part ?? '12').join('')];
}

const uncovered = (literals: Literal[], said: (english: string) => unknown) =>
  literals.flatMap((literal) => instances(literal).filter((english) => !said(english)).map((english) => `${literal.where}: ${english}`));

describe('the rule templates', () => {
  it('cover every rule the schemas write', () => {
    const rules = schemaRules();
    expect(rules.length).toBeGreaterThan(100);
    expect(uncovered(rules, ruleSaid)).toEqual([]);
  });

  it("cover every rule and hint main's services give invalidField and fieldError", () => {
    const { rules, hints, unread } = mainArguments();
    expect(rules.length).toBeGreaterThan(10);
    expect(uncovered(rules, ruleSaid)).toEqual([]);
    expect(uncovered(hints, hintSaid)).toEqual([]);
    // A rule or hint passed through a variable this scan cannot read would go unchecked.
    expect(unread).toEqual([]);
  });

  it('capture the values of a rule, and write it back in English exactly', () => {
    const cases: [string, unknown][] = [
      ['is required', { key: 'rules.rule.required' }],
      ['must be at most 64 characters', { key: 'rules.rule.atMostCharacters', values: { max: '64' } }],
      ['must be 4–32 characters', { key: 'rules.rule.charactersBetween', values: { min: '4', max: '32' } }],
      ['must be 1–65535', { key: 'rules.rule.between', values: { min: '1', max: '65535' } }],
      ['must be 7–15 digits, country code first (this has 5)', { key: 'rules.rule.digitsCountryCodeFirst', values: { min: '7', max: '15', length: '5' } }],
      ['must be an amount from 0 to 1,000,000, with at most 2 decimals', { key: 'rules.rule.amountUpTo', values: { max: '1,000,000' } }],
      ['"10.0.0.x" is not an IPv4 or IPv6 address', { key: 'rules.rule.notAnIpAddress', values: { value: '10.0.0.x' } }],
      ['must be on or after 2026-01-05: ITNIO keeps call records for two months', { key: 'rules.rule.keptCallRecords', values: { day: '2026-01-05' } }],
    ];
    for (const [english, said] of cases) {
      expect(ruleSaid(english), english).toEqual(said);
      expect(inEnglish(ruleSaid(english)!)).toBe(english);
    }
    expect(hintSaid(CORRECT_FIELD_HINT)).toEqual({ key: 'rules.hints.correctField' });
  });

  it('match a whole rule only, never a part of one or a word where a number goes', () => {
    for (const english of ['must be at most 64 characters long', 'it must be at most 64 characters', 'is required!', 'must be 1–many', 'must be at most sixty characters', 'IS REQUIRED', '']) {
      expect(ruleSaid(english), english).toBeUndefined();
    }
    expect(hintSaid('Correct the highlighted field and try again.')).toBeUndefined();
  });

  it('says every rule of the catalog back in English as the catalog writes it', async () => {
    const { default: rules } = await import('../../../contract/messages/en/rules');
    for (const template of Object.values(rules.rule)) {
      // Each value written as a number where one goes, and as words elsewhere.
      const english = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => (['min', 'max', 'length', 'version'].includes(name) ? '3' : `a ${name}`));
      const said = ruleSaid(english);
      expect(said, template).toBeDefined();
      expect(inEnglish(said!)).toBe(english);
    }
  });
});

describe('a field error', () => {
  it('carries its message, rule and hint as keys, the English unchanged', () => {
    const error = fieldError('groupList.0.number', 'must be 7–15 digits, nothing else', CORRECT_FIELD_HINT);
    const rule = { key: 'rules.rule.digits', values: { min: '7', max: '15' } };
    expect(error).toEqual({
      kind: 'invalid-input',
      field: 'groupList.0.number',
      rule: 'must be 7–15 digits, nothing else',
      message: 'groupList.0.number: must be 7–15 digits, nothing else',
      hint: CORRECT_FIELD_HINT,
      say: { message: { key: 'rules.onField', values: { field: 'groupList.0.number', rule } }, rule, hint: { key: 'rules.hints.correctField' } },
    });
    expect(inEnglish(error.say!.message)).toBe(error.message);
  });

  it('keys only what the catalog knows, and nothing when it knows neither', () => {
    const known = fieldError('name', 'is odd', CORRECT_FIELD_HINT);
    expect(known.say).toEqual({ message: { key: 'rules.onField', values: { field: 'name', rule: 'is odd' } }, hint: { key: 'rules.hints.correctField' } });
    expect(inEnglish(known.say!.message)).toBe(known.message);
    expect(fieldError('--limit', 'cannot be given with --all: choose one', 'Run again.').say).toBeUndefined();
  });
});
