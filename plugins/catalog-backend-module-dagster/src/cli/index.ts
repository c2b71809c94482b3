import {
  explainPreviewFailure,
  parsePreviewArgs,
  previewEntities,
  PreviewArgs,
} from './preview';

/** `yarn dagster-catalog preview --url ...`: prints the entities the provider would emit. */
async function main() {
  let args: PreviewArgs | undefined;
  try {
    args = parsePreviewArgs(process.argv.slice(2));
    process.stdout.write(await previewEntities(args));
  } catch (error) {
    process.stderr.write(
      `dagster-catalog: ${explainPreviewFailure(error, {
        token: args?.token,
      })}\n`,
    );
    process.exitCode = 1;
  }
}

main();
