// @ts-check

/**
 * The department a project works for, so managers can see cost by department.
 * Nullable: projects registered before it was asked for have none.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('dagster_projects', table => {
    table.string('department', 100).nullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('dagster_projects', table => {
    table.dropColumn('department');
  });
};
