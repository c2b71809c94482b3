import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLNamedType,
  GraphQLSchema,
  astFromValue,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  print,
} from 'graphql';

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type)) return 'object';
  if (isInterfaceType(type)) return 'interface';
  if (isUnionType(type)) return 'union';
  if (isEnumType(type)) return 'enum';
  if (isInputObjectType(type)) return 'input';
  return 'scalar';
}

function printDefault(value: GraphQLArgument | GraphQLInputField): string {
  if (value.defaultValue === undefined) return '(none)';
  const ast = astFromValue(value.defaultValue, value.type);
  return ast ? print(ast) : String(value.defaultValue);
}

function isRequired(value: GraphQLArgument | GraphQLInputField): boolean {
  return isNonNullType(value.type) && value.defaultValue === undefined;
}

function compareValues(
  where: string,
  ours: ReadonlyArray<GraphQLArgument | GraphQLInputField>,
  theirs: ReadonlyArray<GraphQLArgument | GraphQLInputField>,
  problems: string[],
) {
  const theirsByName = new Map(theirs.map(v => [v.name, v]));
  const oursByName = new Set(ours.map(v => v.name));
  for (const value of ours) {
    const other = theirsByName.get(value.name);
    if (!other) {
      problems.push(`${where}: "${value.name}" is not in the contract`);
      continue;
    }
    if (String(value.type) !== String(other.type)) {
      problems.push(
        `${where}: "${value.name}" has type ${value.type}, contract says ${other.type}`,
      );
    }
    if (printDefault(value) !== printDefault(other)) {
      problems.push(
        `${where}: "${value.name}" defaults to ${printDefault(
          value,
        )}, contract says ${printDefault(other)}`,
      );
    }
  }
  for (const other of theirs) {
    if (isRequired(other) && !oursByName.has(other.name)) {
      problems.push(`${where}: required "${other.name}" is missing`);
    }
  }
}

function compareFields(
  typeName: string,
  ours: Record<string, GraphQLField<unknown, unknown>>,
  theirs: Record<string, GraphQLField<unknown, unknown>>,
  problems: string[],
) {
  for (const field of Object.values(ours)) {
    const other = theirs[field.name];
    const where = `${typeName}.${field.name}`;
    if (!other) {
      problems.push(`${where}: field is not in the contract`);
      continue;
    }
    if (String(field.type) !== String(other.type)) {
      problems.push(
        `${where}: type is ${field.type}, contract says ${other.type}`,
      );
    }
    compareValues(`${where} argument`, field.args, other.args, problems);
  }
}

function compareType(
  ours: GraphQLNamedType,
  theirs: GraphQLNamedType,
  problems: string[],
) {
  const name = ours.name;
  if (kindOf(ours) !== kindOf(theirs)) {
    problems.push(
      `${name}: is ${kindOf(ours)}, contract says ${kindOf(theirs)}`,
    );
    return;
  }
  if (
    (isObjectType(ours) || isInterfaceType(ours)) &&
    (isObjectType(theirs) || isInterfaceType(theirs))
  ) {
    compareFields(name, ours.getFields(), theirs.getFields(), problems);
    const theirInterfaces = new Set(theirs.getInterfaces().map(i => i.name));
    for (const iface of ours.getInterfaces()) {
      if (!theirInterfaces.has(iface.name)) {
        problems.push(`${name}: implements ${iface.name}, contract does not`);
      }
    }
  } else if (isUnionType(ours) && isUnionType(theirs)) {
    const members = new Set(theirs.getTypes().map(t => t.name));
    for (const member of ours.getTypes()) {
      if (!members.has(member.name)) {
        problems.push(`${name}: member ${member.name} is not in the contract`);
      }
    }
  } else if (isEnumType(ours) && isEnumType(theirs)) {
    const values = new Set(theirs.getValues().map(v => v.name));
    for (const value of ours.getValues()) {
      if (!values.has(value.name)) {
        problems.push(`${name}: value ${value.name} is not in the contract`);
      }
    }
  } else if (isInputObjectType(ours) && isInputObjectType(theirs)) {
    compareValues(
      `${name} input field`,
      Object.values(ours.getFields()),
      Object.values(theirs.getFields()),
      problems,
    );
  }
}

/**
 * Lists every way `subset` is not a faithful subset of `contract`: a type,
 * field, argument, input field, enum value, union member or interface that
 * the contract lacks, or one whose kind, type wrappers or default differs.
 * Required arguments and input fields of the contract may not be omitted.
 * An empty list means the subset holds.
 */
export function checkSchemaSubset(
  subset: GraphQLSchema,
  contract: GraphQLSchema,
): string[] {
  const problems: string[] = [];
  for (const type of Object.values(subset.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isScalarType(type) && isSpecifiedScalarType(type)) continue;
    const other = contract.getType(type.name);
    if (!other) {
      problems.push(`${type.name}: type is not in the contract`);
      continue;
    }
    compareType(type, other, problems);
  }
  const roots: Array<[string, string | undefined, string | undefined]> = [
    ['query', subset.getQueryType()?.name, contract.getQueryType()?.name],
    [
      'mutation',
      subset.getMutationType()?.name,
      contract.getMutationType()?.name,
    ],
  ];
  for (const [root, ours, theirs] of roots) {
    if (ours && ours !== theirs) {
      problems.push(`schema ${root} root is ${ours}, contract says ${theirs}`);
    }
  }
  return problems;
}
