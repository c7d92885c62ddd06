/**
 * What Discord's client lets a member submit in a modal: the fake builds submits from the modal the
 * bot showed and refuses what the real client would not send.
 */

export interface ModalField {
  type: number;
  custom_id: string;
  value?: string | null;
  required?: boolean | null;
  min_length?: number | null;
  max_length?: number | null;
  min_values?: number | null;
  max_values?: number | null;
  options?: Array<{ value: string; default?: boolean | null }>;
}
export interface ModalNode {
  type: number;
  component?: ModalField;
  components?: ModalField[];
}

/** One field as Discord's client submits it; throws for input the client would refuse. */
export function submittedField(
  field: ModalField,
  given: string | string[] | undefined,
): Record<string, unknown> {
  if (field.type === 4) {
    if (Array.isArray(given)) throw new Error(`${field.custom_id} is a text field: give one string`);
    const value = given ?? field.value ?? '';
    const required = field.required ?? true;
    if (required && value.length === 0) throw new Error(`${field.custom_id} is required`);
    if (value.length > 0 && value.length < (field.min_length ?? 0))
      throw new Error(`${field.custom_id} needs at least ${field.min_length} characters`);
    if (value.length > (field.max_length ?? 4000))
      throw new Error(`${field.custom_id} takes at most ${field.max_length} characters`);
    return { type: 4, custom_id: field.custom_id, value };
  }
  if (field.type === 3) {
    const options = field.options ?? [];
    const chosen =
      given === undefined ? options.filter((o) => o.default).map((o) => o.value) : [given].flat();
    for (const value of chosen)
      if (!options.some((o) => o.value === value))
        throw new Error(
          `${value} is not an option of ${field.custom_id} (${options.map((o) => o.value).join(', ')})`,
        );
    const required = field.required ?? true;
    const min = required ? Math.max(1, field.min_values ?? 1) : 0;
    if (chosen.length < min || chosen.length > (field.max_values ?? 1))
      throw new Error(
        `${field.custom_id} takes ${min}–${field.max_values ?? 1} choices, not ${chosen.length}`,
      );
    return { type: 3, custom_id: field.custom_id, values: chosen };
  }
  throw new Error(`the fake cannot submit component type ${field.type} (${field.custom_id})`);
}
