/**
 * `Labels`, provided it has a label for every `Key`; otherwise a type error where it is
 * used. The dictionaries in i18n/ import nothing from the folders that use them, so each
 * folder checks its own ids against the labels there (deck's commands, the display themes).
 */
export type LabelsFor<Key extends PropertyKey, Labels extends Readonly<Record<Key, unknown>>> = Labels
