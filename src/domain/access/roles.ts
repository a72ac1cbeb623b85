/**
 * Who may do what. Admins (HR) run imports, session changes and broadcasts; they are listed in
 * config by Entra object id or e-mail. The check uses who Teams says is writing, never card data.
 */
export function hasRole(identities: readonly (string | undefined)[], listed: readonly string[]): boolean {
  const wanted = new Set(listed.map((x) => x.trim().toLowerCase()));
  return identities.some((id) => id !== undefined && wanted.has(id.trim().toLowerCase()));
}
