import type { ApiHolder } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import type { FieldValidation } from '@rjsf/utils';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  projectEntityRefs,
  validateProject,
} from '@internal/backstage-plugin-dagster-common';
import { dagsterApiRef } from '../../api';

/**
 * Why a project name cannot be used, or undefined when it is free: the
 * platform's name rule first, then the catalog (a project's System or
 * Component) and the platform's registry. The scaffolder's
 * `dagster:project:validate` step checks the same again on the server.
 */
export async function projectNameProblem(
  name: string | undefined,
  apis: ApiHolder,
): Promise<string | undefined> {
  const rule = validateProject({ name }).find(v => v.field === 'name');
  if (rule) return rule.message;
  const catalogApi = apis.get(catalogApiRef);
  if (catalogApi) {
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs: projectEntityRefs(name!),
    });
    const taken = items.find(Boolean);
    if (taken) {
      return `"${name}" is already taken in the catalog by ${stringifyEntityRef(
        taken,
      )}`;
    }
  }
  const dagsterApi = apis.get(dagsterApiRef);
  if (dagsterApi && (await dagsterApi.getProject(name!))) {
    return `a project named "${name}" is already registered with the platform`;
  }
  return undefined;
}

/** The scaffolder field validation: adds the problem to the field's errors. */
export async function validateProjectNameField(
  name: string,
  validation: FieldValidation,
  context: { apiHolder: ApiHolder },
): Promise<void> {
  const problem = await projectNameProblem(name, context.apiHolder);
  if (problem) validation.addError(problem);
}
