import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Database } from '../../../platform/db/types';
import { createWorkflow, setWorkflowApplication } from '../../quality/index';
import type { LifecycleStage } from '../portfolio-schema';
import { transitionApplication } from '../services/application-stages';
import { createApplication, type NewApplication } from '../services/applications';
import { createCustomField, type NewCustomField } from '../services/custom-fields';
import { createSavedView } from '../services/saved-views';

/** The organization's custom fields in the demo. */
const fields: NewCustomField[] = [
  { key: 'sponsor', label: 'Business sponsor', kind: 'text' },
  {
    key: 'department',
    label: 'Department',
    kind: 'single_select',
    options: ['L&D', 'HR', 'Sales', 'Communications', 'Compliance'],
  },
  {
    key: 'channels',
    label: 'Channels',
    kind: 'multi_select',
    options: ['LMS', 'Email', 'Teams', 'Intranet'],
  },
  { key: 'licence_cost', label: 'Annual licence cost (EUR)', kind: 'number' },
  { key: 'review_date', label: 'Next review', kind: 'date' },
];

interface DemoApplication extends Omit<NewApplication, 'stage' | 'ownerId' | 'orgUnitIds'> {
  /** Lead or owner of the demo organization. */
  owner: 'lead' | 'owner';
  /** Org unit names (from the capacity demo), linked when they exist. */
  units: string[];
  /** Its path through the lifecycle from idea, each move with its reason. */
  moves: Array<[LifecycleStage, string]>;
  /** Workflow names of the quality demo that are this application's tasks, or new tasks to add. */
  tasks: string[];
}

const applications: DemoApplication[] = [
  {
    name: 'AI-drafted course content',
    purpose:
      'Instructional designers start from an AI first draft of each module (outline, explanations, quiz items) and edit it, instead of a blank page.',
    owner: 'lead',
    riskTier: 'medium',
    audience: 'external',
    dataSensitivity: 'internal',
    aiTools: ['Azure OpenAI (GPT-4o)', 'Articulate Rise'],
    links: [{ label: 'Pilot charter', url: 'https://intranet.northwind.example/ai/course-drafting' }],
    customFields: {
      sponsor: 'Head of L&D',
      department: 'L&D',
      channels: ['LMS'],
      licence_cost: 18000,
      review_date: '2026-09-30',
    },
    units: ['Learning & Development'],
    moves: [
      ['evaluating', 'Two designers tried it on a compliance module; drafts were usable after editing.'],
      ['pilot', 'Eight-week pilot approved with the quality standard on quiz items.'],
      [
        'expanding',
        'Drafting time per module fell from about 10 to 4 hours across 12 modules; rolling out to the sales academy.',
      ],
    ],
    tasks: ['Draft quiz items'],
  },
  {
    name: 'AI-assisted needs analysis',
    purpose:
      'Summarise interviews and survey comments into a training needs analysis for each business unit.',
    owner: 'lead',
    riskTier: 'medium',
    dataSensitivity: 'personal',
    aiTools: ['Azure OpenAI (GPT-4o)'],
    customFields: { sponsor: 'HR business partners', department: 'HR', channels: ['Teams'] },
    units: ['HR'],
    moves: [
      ['evaluating', 'The works council agreed to the use of anonymised interview notes.'],
      ['pilot', 'Piloting with two business units this quarter.'],
    ],
    tasks: ['Needs-analysis summaries'],
  },
  {
    name: 'Automated stakeholder updates',
    purpose:
      'Weekly programme updates for sponsors, drafted from the project tracker and checked by the programme lead.',
    owner: 'owner',
    riskTier: 'low',
    aiTools: ['Microsoft Copilot'],
    customFields: {
      sponsor: 'PMO',
      department: 'Communications',
      channels: ['Email', 'Teams'],
      licence_cost: 4200,
    },
    units: ['Learning & Development'],
    moves: [
      ['evaluating', 'Sponsors asked for shorter, more regular updates.'],
      ['pilot', 'Running for the leadership academy programme.'],
    ],
    tasks: ['Stakeholder update emails'],
  },
  {
    name: 'Onboarding Q&A assistant',
    purpose: 'Answer new joiners’ questions about tools and policies from the onboarding handbook.',
    owner: 'lead',
    riskTier: 'low',
    customFields: { department: 'HR', channels: ['Intranet'] },
    units: [],
    moves: [],
    tasks: [],
  },
  {
    name: 'Translation of course materials',
    purpose: 'Machine translation of course modules into German and Spanish, post-edited by native speakers.',
    owner: 'lead',
    riskTier: 'medium',
    audience: 'external',
    aiTools: ['DeepL'],
    customFields: { department: 'L&D', channels: ['LMS'], licence_cost: 9000 },
    units: ['Learning & Development'],
    moves: [['evaluating', 'Comparing post-editing effort with the current agency on three modules.']],
    tasks: ['Post-edit translated modules'],
  },
  {
    name: 'Meeting notes summaries',
    purpose: 'Summaries and action items of internal team meetings.',
    owner: 'owner',
    riskTier: 'low',
    aiTools: ['Microsoft Copilot'],
    customFields: { department: 'Communications', channels: ['Teams'] },
    units: [],
    moves: [
      ['evaluating', 'Licences already available through the Microsoft agreement.'],
      ['pilot', 'Two teams tried it for a month.'],
      ['expanding', 'Both teams kept using it; offered to every team that asks.'],
      ['scaled', 'In use across the organization with the meeting-notes guideline.'],
    ],
    tasks: [],
  },
  {
    name: 'Personalised compliance refreshers',
    purpose: 'Adaptive compliance refreshers that skip what a learner already knows.',
    owner: 'lead',
    riskTier: 'high',
    dataSensitivity: 'personal',
    customFields: { department: 'Compliance', channels: ['LMS'] },
    units: [],
    moves: [
      ['evaluating', 'Vendor demo looked promising.'],
      ['pilot', 'Pilot with one region.'],
      [
        'retired',
        'Legal could not accept skipping mandatory content; the regulator requires full completion.',
      ],
    ],
    tasks: [],
  },
];

/**
 * The portfolio of the demo organization: five custom fields, the three pilots of the article and four more
 * applications at realistic stages (each moved there with reasons), their tasks, and a shared saved view.
 * `workflows` names the quality demo's workflows (by name → id) so the pilots' tasks are those; `units` the
 * capacity demo's org units (by name → id). Both may be empty.
 */
export async function seedPortfolio(
  db: Database,
  ctx: { owner: OrgContext; lead: OrgContext },
  existing: { workflows?: Record<string, string>; units?: Record<string, string> } = {},
): Promise<string[]> {
  const { organizationId } = ctx.owner;
  return db.tenant(organizationId, async (tx) => {
    for (const field of fields) await createCustomField(tx, ctx.owner, field);
    const ids: string[] = [];
    for (const spec of applications) {
      const { owner, units, moves, tasks, ...rest } = spec;
      const actor = ctx[owner];
      const orgUnitIds = units.map((u) => existing.units?.[u]).filter((id): id is string => Boolean(id));
      let application = await createApplication(tx, ctx.lead, {
        ...rest,
        ownerId: actor.actor.id,
        orgUnitIds,
      });
      for (const [to, reason] of moves) {
        const moved = await transitionApplication(tx, ctx.lead, application.id, {
          to,
          reason,
          version: application.version,
        });
        application = moved.application;
      }
      for (const task of tasks) {
        const workflowId = existing.workflows?.[task];
        if (workflowId) await setWorkflowApplication(tx, ctx.lead, workflowId, application.id);
        else await createWorkflow(tx, ctx.lead, { name: task, applicationId: application.id });
      }
      ids.push(application.id);
    }
    await createSavedView(tx, ctx.lead, {
      name: 'Pilots and expansions',
      filters: { stage: ['pilot', 'expanding'] },
      shared: true,
    });
    return ids;
  });
}
