using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SelfCompassion.Data.Migrations
{
    /// <inheritdoc />
    public partial class PracticeSaveKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // As FormSaveKeys: the indexes built CONCURRENTLY so saving goes on meanwhile, and each step can run again.
            foreach (var table in new[] { "practice_sessions", "check_ins" })
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
                name: "IX_practice_sessions_save_key",
                table: "practice_sessions");

            migrationBuilder.DropIndex(
                name: "IX_check_ins_save_key",
                table: "check_ins");

            migrationBuilder.DropColumn(
                name: "SaveKey",
                table: "practice_sessions");

            migrationBuilder.DropColumn(
                name: "SaveKey",
                table: "check_ins");
        }
    }
}
