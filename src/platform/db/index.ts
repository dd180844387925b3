export { Database, APP_ROLE, type Db, type Tx, type AnyDB } from './database.js';
export { migrate, MigrationError, type MigrationSource, type AppliedMigration } from './migrator.js';
export { openDatabase, ensureDatabase, DataDirInUseError, type OpenedDatabase } from './open.js';
export { EmbeddedPostgres } from './embedded-postgres.js';
