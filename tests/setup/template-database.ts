/** The migrated PostgreSQL database each test file's own database is copied from (global-database.ts). */
export const TEMPLATE_DATABASE = "rencontres_template";
