import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  authorize,
  LISTED_ROLES,
  type Action,
  type Actor,
  type Target,
} from './policy.js';
import { ROLES } from './roles.js';

// The policy as a table written by hand: the source of truth the route matrix
// (packages/server/src/routes/authorization-matrix.test.ts) is checked against.
// Each cell is three letters, for an owner, a practitioner and a client acting:
// A allowed, F forbidden (403), N not found (404: the target's existence is not revealed).

/** Where the target stands relative to the actor. */
const RELATIONS = {
  self: 'their own account',
  client: 'another client of their clinic',
  practitioner: 'another practitioner of their clinic',
  owner: 'the owner of their clinic (another owner, for an owner)',
  clinic: 'their clinic as a whole',
  'other-clinic': 'another clinic as a whole',
  'other-person': 'a person in another clinic',
} as const;
type Relation = keyof typeof RELATIONS;

type Cell = `${'A' | 'F' | 'N'}${'A' | 'F' | 'N'}${'A' | 'F' | 'N'}`;

const TABLE: Record<Action, { rule: string; cells: Record<Relation, Cell> }> = {
  'health.read': {
    rule: 'a client sees only their own records, a practitioner their clinic’s clients, the owner everyone in the clinic',
    cells: {
      self: 'AAA',
      client: 'AAN',
      practitioner: 'ANN',
      owner: 'ANN',
      clinic: 'FFF',
      'other-clinic': 'NNN',
      'other-person': 'NNN',
    },
  },
  'health.write': {
    rule: 'the same people who may read a record may add to it',
    cells: {
      self: 'AAA',
      client: 'AAN',
      practitioner: 'ANN',
      owner: 'ANN',
      clinic: 'FFF',
      'other-clinic': 'NNN',
      'other-person': 'NNN',
    },
  },
  'clinic.manage': {
    rule: 'the owner manages the clinic',
    cells: {
      self: 'AFF',
      client: 'AFN',
      practitioner: 'ANN',
      owner: 'ANN',
      clinic: 'AFF',
      'other-clinic': 'NNN',
      'other-person': 'NNN',
    },
  },
  'users.list': {
    rule: 'the owner lists everyone, a practitioner the clinic’s clients, a client no one',
    cells: {
      self: 'AAF',
      client: 'AAN',
      practitioner: 'ANN',
      owner: 'ANN',
      clinic: 'AAF',
      'other-clinic': 'NNN',
      'other-person': 'NNN',
    },
  },
  'invite.practitioner': {
    rule: 'only the owner invites practitioners',
    cells: {
      self: 'AFF',
      client: 'AFN',
      practitioner: 'ANN',
      owner: 'ANN',
      clinic: 'AFF',
      'other-clinic': 'NNN',
      'other-person': 'NNN',
    },
  },
  'invite.client': {
    rule: 'the owner and practitioners invite clients',
    cells: {
      self: 'AAF',
      client: 'AAN',
      practitioner: 'ANN',
      owner: 'ANN',
      clinic: 'AAF',
      'other-clinic': 'NNN',
      'other-person': 'NNN',
    },
  },
  'password-reset.issue': {
    rule: 'the owner issues password reset links (there is no mail server)',
    cells: {
      self: 'AFF',
      client: 'AFN',
      practitioner: 'ANN',
      owner: 'ANN',
      clinic: 'AFF',
      'other-clinic': 'NNN',
      'other-person': 'NNN',
    },
  },
  'audit.read': {
    rule: 'the owner reads and exports the audit log',
    cells: {
      self: 'AFF',
      client: 'AFN',
      practitioner: 'ANN',
      owner: 'ANN',
      clinic: 'AFF',
      'other-clinic': 'NNN',
      'other-person': 'NNN',
    },
  },
  'account.self': {
    rule: 'everyone manages their own account and no one else’s through it',
    cells: {
      self: 'AAA',
      client: 'NNN',
      practitioner: 'NNN',
      owner: 'NNN',
      clinic: 'AAA',
      'other-clinic': 'NNN',
      'other-person': 'NNN',
    },
  },
};

const HOME = 'clinic-a';
const AWAY = 'clinic-b';

function targetFor(relation: Relation, actor: Actor): Target {
  switch (relation) {
    case 'self':
      return { clinicId: HOME, personId: actor.userId, personRole: actor.role };
    case 'client':
    case 'practitioner':
    case 'owner':
      return { clinicId: HOME, personId: `another-${relation}`, personRole: relation };
    case 'clinic':
      return { clinicId: HOME };
    case 'other-clinic':
      return { clinicId: AWAY };
    case 'other-person':
      return { clinicId: AWAY, personId: 'away-client', personRole: 'client' };
  }
}

const CODES = { A: undefined, F: 'FORBIDDEN', N: 'NOT_FOUND' } as const;

const rows = ACTIONS.flatMap((action) =>
  ROLES.flatMap((role, i) =>
    (Object.keys(RELATIONS) as Relation[]).map((relation) => {
      const letter = TABLE[action].cells[relation][i] as 'A' | 'F' | 'N';
      return { action, role, relation, letter, rule: TABLE[action].rule };
    }),
  ),
);

describe('authorize', () => {
  it('has a table row for every action', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(rows)(
    '$role · $action · $relation → $letter ($rule)',
    ({ action, role, relation, letter }) => {
      const actor: Actor = { userId: `me-${role}`, clinicId: HOME, role: role };
      const decision = authorize(actor, action, targetFor(relation, actor));
      const code = CODES[letter];
      if (code === undefined) expect(decision).toEqual({ allowed: true });
      else expect(decision).toMatchObject({ allowed: false, code });
    },
  );

  it.each(ACTIONS)('without a session, %s is UNAUTHENTICATED whatever the target', (action) => {
    for (const target of [{}, { clinicId: HOME }, { clinicId: HOME, personId: 'x' }]) {
      expect(authorize(null, action, target)).toMatchObject({
        allowed: false,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('lists every account to the owner, the clients to a practitioner, no one to a client', () => {
    expect(LISTED_ROLES).toEqual({
      owner: ['owner', 'practitioner', 'client'],
      practitioner: ['client'],
      client: [],
    });
    // Consistent with visibility: whoever is listed can be seen.
    for (const role of ROLES) {
      const actor: Actor = { userId: 'me', clinicId: HOME, role };
      for (const listed of LISTED_ROLES[role]) {
        const target = { clinicId: HOME, personId: 'p', personRole: listed };
        expect(authorize(actor, 'users.list', target).allowed).toBe(true);
      }
    }
  });

  it('treats a person target without a clinic as not found', () => {
    const actor: Actor = { userId: 'me', clinicId: HOME, role: 'owner' };
    expect(authorize(actor, 'health.read', { personId: 'someone' })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('explains a refusal in a sentence naming who may', () => {
    const actor: Actor = { userId: 'me', clinicId: HOME, role: 'client' };
    const decision = authorize(actor, 'audit.read', { clinicId: HOME });
    expect(decision).toEqual({
      allowed: false,
      code: 'FORBIDDEN',
      reason: 'Only the clinic owner may read the audit log.',
    });
    expect(authorize(actor, 'invite.client', { clinicId: HOME })).toMatchObject({
      reason: 'Only owners and practitioners may invite clients.',
    });
  });
});
