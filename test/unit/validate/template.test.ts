import { substitute } from '../../../src/config/validate/template.js';

const env: Record<string, string> = { SET: 'set', EMPTY: '', NUM: '42', lower: 'low' };
const lookup = (k: string): string | undefined => (k in env ? env[k] : undefined);

describe('interpolation: every operator, like compose-go template.Substitute', () => {
  test.each([
    ['plain $SET', 'plain set'],
    ['braced ${SET}', 'braced set'],
    ['${SET}${NUM}', 'set42'],
    ['$SET_suffix', ''],
    ['${UNSET:-default}', 'default'],
    ['${EMPTY:-default}', 'default'],
    ['${EMPTY-default}', ''],
    ['${UNSET-default}', 'default'],
    ['${SET:-default}', 'set'],
    ['${SET:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET+alt}', ''],
    ['${SET:?must be set}', 'set'],
    ['${EMPTY?may be empty}', ''],
    ['${UNSET:-${SET:-x}}', 'set'],
    ['${UNSET:-${ALSO_UNSET:-deep}}', 'deep'],
    ['${SET:+${NUM}-${SET}}', '42-set'],
    ['$$SET', '$SET'],
    ['$${SET}', '${SET}'],
    ['$$$SET', '$set'],
    ['cost $ 5, $1 and $-', 'cost $ 5, $1 and $-'],
    ['${lower}', 'low'],
    ['${SET}}', 'set}'],
    ['{$SET}', '{set}'],
    ['${UNSET:-a:b-c}', 'a:b-c'],
    ['${UNSET:-${SET}x}y', 'setxy'],
    ['${UNSET:-}', ''],
  ])('%s → %s', (template, expected) => {
    expect(substitute(template, lookup).value).toBe(expected);
  });

  test.each([
    ['${SET', 'invalid', '${SET'],
    ['a ${SET:x} b', 'invalid', '${SET:x}'],
    ['${}', 'invalid', '${}'],
    ['${1A}', 'invalid', '${1A}'],
    ['${A B}', 'invalid', '${A B}'],
  ])('%s is an invalid template', (template, kind, text) => {
    const r = substitute(template, lookup);
    expect(r.issues).toEqual([expect.objectContaining({ kind, text })]);
  });

  test('required variables: unset, or empty with :?', () => {
    expect(substitute('${UNSET:?set it}', lookup).issues).toEqual([
      { kind: 'required', offset: 0, name: 'UNSET', reason: 'set it' },
    ]);
    expect(substitute('x ${EMPTY:?}', lookup).issues).toEqual([
      { kind: 'required', offset: 2, name: 'EMPTY', reason: '' },
    ]);
    expect(substitute('${EMPTY?}', lookup).issues).toEqual([]);
  });

  test('a required error inside an unused default still fails (Compose evaluates defaults eagerly)', () => {
    expect(substitute('${SET:-${NOPE:?boom}}', lookup).issues).toEqual([
      expect.objectContaining({ kind: 'required', name: 'NOPE', reason: 'boom' }),
    ]);
  });

  test('unset variables without default are reported with their offset; unused defaults are not', () => {
    expect(substitute('a $UNSET b ${ALSO}', lookup).issues).toEqual([
      { kind: 'unset', offset: 2, name: 'UNSET' },
      { kind: 'unset', offset: 11, name: 'ALSO' },
    ]);
    expect(substitute('${SET:-${UNUSED}}', lookup).issues).toEqual([]);
  });

  test('lists every variable it looked up', () => {
    expect(substitute('${A:-${B}} $C $$D', lookup).used.sort()).toEqual(['A', 'B', 'C']);
  });
});
