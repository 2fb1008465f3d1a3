export const SQLITE_SCHEMA: string;
export const POSTGRESQL_SCHEMA: string;
export function derivePostgresqlSchema(sqliteSchema: string): string;
export function deriveSchemaFile(): void;
