import { parsePreviewArgs, previewEntities } from './preview';

/** `yarn dagster-catalog preview --url ...`: prints the entities the provider would emit. */
async function main() {
  const args = parsePreviewArgs(process.argv.slice(2));
  process.stdout.write(await previewEntities(args));
}

main().catch(error => {
  process.stderr.write(`dagster-catalog: ${error.message}\n`);
  process.exit(1);
});
