// The clinic owner the browser tests share. accounts.spec.ts creates it through the set-up screen
// on the empty database; a spec run on its own creates it through the API instead.
export const OWNER = {
  clinic: 'Hill Street Clinic',
  name: 'Mara Quinn',
  email: 'mara@example.org',
  password: 'a calm river at dawn',
};
