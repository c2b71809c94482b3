// @ts-check

/**
 * The platform's project registry: what the platform knows about each pipeline
 * project from the day it is created (owner, money, classification, personal data).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('dagster_projects', table => {
    table.comment('Pipeline projects registered with the data platform');
    table.string('name', 63).primary().notNullable();
    table.string('owner').notNullable();
    table.string('cost_centre', 20).notNullable();
    table.decimal('monthly_budget_gbp', 12, 2).notNullable();
    table.string('classification', 32).notNullable();
    table.boolean('personal_data').notNullable();
    table.string('lawful_basis', 32).nullable();
    table.string('retention_period', 32).nullable();
    table.string('registered_by').notNullable();
    table.timestamp('registered_at', { useTz: true }).notNullable();
    table.index('owner', 'dagster_projects_owner_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('dagster_projects');
};
