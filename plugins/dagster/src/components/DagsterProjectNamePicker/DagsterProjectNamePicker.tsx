import TextField from '@material-ui/core/TextField';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';

/**
 * The project name field of the project template: a text field that trims
 * and lowercases as the user types. Whether the name is free is checked when
 * the page is submitted (see validateProjectNameField).
 */
export function DagsterProjectNamePicker(
  props: FieldExtensionComponentProps<string>,
) {
  const { onChange, rawErrors, required, formData, schema, idSchema } = props;
  const helperText =
    schema.description ??
    'Lowercase letters, digits and single hyphens; also the code location and repository name';
  return (
    <TextField
      id={idSchema?.$id}
      label={schema.title ?? 'Project name'}
      placeholder="road-safety"
      helperText={helperText}
      required={required}
      value={formData ?? ''}
      onChange={e => onChange(e.target.value.trim().toLowerCase() || undefined)}
      margin="normal"
      error={(rawErrors?.length ?? 0) > 0}
      inputProps={{ maxLength: 63, spellCheck: false, autoCapitalize: 'none' }}
      fullWidth
    />
  );
}
