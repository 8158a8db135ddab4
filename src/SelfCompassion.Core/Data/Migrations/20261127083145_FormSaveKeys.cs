using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SelfCompassion.Data.Migrations
{
    /// <inheritdoc />
    public partial class FormSaveKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The unique indexes are built CONCURRENTLY, outside a transaction, so instances still serving go on saving
            // while a large journal table is read (adding the column itself takes only a moment's exclusive lock). Each
            // step can run again after a failed attempt, which leaves an invalid index behind: it is dropped first.
            foreach (var table in new[] { "thought_entries", "reframes" })
            {
                migrationBuilder.Sql($"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS \"SaveKey\" uuid NULL;");
                migrationBuilder.Sql($"DROP INDEX CONCURRENTLY IF EXISTS \"IX_{table}_save_key\";", suppressTransaction: true);
                migrationBuilder.Sql(
                    $"CREATE UNIQUE INDEX CONCURRENTLY \"IX_{table}_save_key\" ON {table} (\"OwnerId\", \"SaveKey\") WHERE \"SaveKey\" IS NOT NULL;",
                    suppressTransaction: true);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_thought_entries_save_key",
                table: "thought_entries");

            migrationBuilder.DropIndex(
                name: "IX_reframes_save_key",
                table: "reframes");

            migrationBuilder.DropColumn(
                name: "SaveKey",
                table: "thought_entries");

            migrationBuilder.DropColumn(
                name: "SaveKey",
                table: "reframes");
        }
    }
}
