import type { LifecycleStage, RiskTier } from '../portfolio-schema';
import type { ApplicationRow } from './applications';

/**
 * The US federal AI use-case inventory (the 2024 inventory under OMB M-24-10, as published in the
 * consolidated CSV): one column per inventory question, headers spelled as in that CSV. `fill` says where
 * Trellis takes the answer from; a column Trellis cannot answer is exported empty, and `gap` says why, so an
 * agency knows what to add before submitting.
 */
export interface InventorySource {
  application: ApplicationRow;
  organizationName: string;
  /** Names of the application's org units (the bureau or office using it). */
  unitNames: string[];
  /** Its tasks (workflows): what the AI produces. */
  taskNames: string[];
  owner: { name: string; email: string } | undefined;
  /** The stage a paused application was paused from. */
  pausedFrom: LifecycleStage | null;
  /** When it first entered each stage (from the transition history). */
  enteredAt: Partial<Record<LifecycleStage, Date>>;
}

interface InventoryColumn {
  header: string;
  fill?: (s: InventorySource) => string;
  gap?: string;
}

/** 2024 "Stage of Development" answers. Paused applications report the stage they were paused at. */
const STAGE_OF_DEVELOPMENT: Record<Exclude<LifecycleStage, 'paused'>, string> = {
  idea: 'Initiated',
  evaluating: 'Acquisition and/or Development',
  pilot: 'Implementation and Assessment',
  expanding: 'Implementation and Assessment',
  scaled: 'Operation and Maintenance',
  retired: 'Retired',
};

/**
 * Rights- or safety-impacting is a legal determination Trellis's risk tier does not make: low and medium map
 * to "Neither"; high is left empty for the agency to answer Rights-Impacting, Safety-impacting or Both.
 */
const IMPACT: Record<RiskTier, string> = { low: 'Neither', medium: 'Neither', high: '' };

const day = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : '');

function stageOfDevelopment(s: InventorySource): string {
  const stage = s.application.stage === 'paused' ? s.pausedFrom : s.application.stage;
  return stage && stage !== 'paused' ? STAGE_OF_DEVELOPMENT[stage] : '';
}

export const FEDERAL_INVENTORY_COLUMNS: InventoryColumn[] = [
  { header: 'Use Case Name', fill: (s) => s.application.name },
  { header: 'Agency', fill: (s) => s.organizationName },
  { header: 'Bureau', fill: (s) => s.unitNames.join('; ') },
  { header: 'Use Case Topic Area', gap: 'Trellis has no topic taxonomy; add a single-select custom field.' },
  {
    header: 'Is the AI use case found in the below list of general commercial AI products and services?',
    gap: 'Trellis records the AI tools by name, not against OMB’s list.',
  },
  {
    header: 'What is the intended purpose and expected benefits of the AI?',
    fill: (s) => s.application.purpose,
  },
  {
    header: 'Describe the AI system’s outputs.',
    fill: (s) => (s.taskNames.length ? `AI assists with: ${s.taskNames.join('; ')}` : ''),
  },
  { header: 'Stage of Development', fill: stageOfDevelopment },
  {
    header: 'Is the AI use case rights-impacting, safety-impacting, both, or neither?',
    fill: (s) => IMPACT[s.application.riskTier],
  },
  { header: 'Date Initiated', fill: (s) => day(s.application.createdAt) },
  { header: 'Date when Acquisition and/or Development began', fill: (s) => day(s.enteredAt.evaluating) },
  { header: 'Date Implemented', fill: (s) => day(s.enteredAt.pilot) },
  { header: 'Date Retired', fill: (s) => day(s.enteredAt.retired) },
  {
    header:
      'Was the AI system involved in this use case developed (or is it to be developed) under contract(s) or in-house?',
    gap: 'Trellis does not record how the AI system was acquired.',
  },
  {
    header: 'Does this AI use case disseminate information to the public?',
    fill: (s) => (s.application.audience === 'external' ? 'Yes' : 'No'),
  },
  {
    header:
      'Does this AI use case involve personally identifiable information (PII) that is maintained by the agency?',
    fill: (s) => (['personal', 'special'].includes(s.application.dataSensitivity) ? 'Yes' : 'No'),
  },
  {
    header:
      'Has the Senior Agency Official for Privacy (SAOP) assessed the privacy risks associated with this AI use case?',
    gap: 'Privacy reviews are not recorded in Trellis.',
  },
  {
    header: 'Which, if any, demographic variables does the AI use case explicitly use as model features?',
    gap: 'Model features are not recorded in Trellis.',
  },
  { header: 'Does this project include custom-developed code?', gap: 'Not recorded in Trellis.' },
  {
    header: 'Does this AI use case have an associated Authority to Operate (ATO) for an AI system?',
    gap: 'ATOs are not recorded in Trellis.',
  },
  // Not a column of the public 2024 CSV: agencies keep a point of contact per use case internally.
  { header: 'Point of Contact', fill: (s) => (s.owner ? `${s.owner.name} <${s.owner.email}>` : '') },
];

export const federalInventoryHeader = () => FEDERAL_INVENTORY_COLUMNS.map((c) => c.header);

export const federalInventoryRecord = (source: InventorySource) =>
  FEDERAL_INVENTORY_COLUMNS.map((c) => (c.fill ? c.fill(source) : ''));
