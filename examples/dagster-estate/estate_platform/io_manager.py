"""The I/O manager every location uses: assets are Parquet files in the shared data folder.

An asset returns ``Rows`` (made in Python) or a ``Query`` (SQL over its inputs); the manager
writes it to the asset's file (or partition file) and records ``dagster/row_count`` and
``dagster/uri`` on the materialisation. An input is handed to the asset as a
``ParquetTable`` naming the files to read: the same partition for a partitioned upstream of
a partitioned asset, every stored partition otherwise.
"""

import dagster as dg

from estate_platform.storage import ParquetTable, Query, Rows, asset_path, read_table, write


class ParquetIOManager(dg.ConfigurableIOManager):
    """Stores each asset as Parquet under the estate's data folder (see storage.py)."""

    def handle_output(self, context: dg.OutputContext, obj: Rows | Query | None) -> None:
        if obj is None:
            return
        partition = context.asset_partition_key if context.has_asset_partitions else None
        path = asset_path(context.asset_key, partition)
        rows = write(obj, path)
        context.add_output_metadata(
            {
                "dagster/row_count": rows,
                "dagster/uri": dg.MetadataValue.path(str(path)),
            }
        )

    def load_input(self, context: dg.InputContext) -> ParquetTable:
        partitions = context.asset_partition_keys if context.has_asset_partitions else None
        return read_table(context.asset_key, partitions)
