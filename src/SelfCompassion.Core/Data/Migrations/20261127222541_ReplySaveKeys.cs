using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SelfCompassion.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReplySaveKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // As FormSaveKeys: the index built CONCURRENTLY so replies go on being sent meanwhile, and each step can run again.
            migrationBuilder.Sql("ALTER TABLE guide_replies ADD COLUMN IF NOT EXISTS \"SaveKey\" uuid NULL;");
            migrationBuilder.Sql("DROP INDEX CONCURRENTLY IF EXISTS \"IX_guide_replies_save_key\";", suppressTransaction: true);
            migrationBuilder.Sql(
                "CREATE UNIQUE INDEX CONCURRENTLY \"IX_guide_replies_save_key\" ON guide_replies (\"SaveKey\") WHERE \"SaveKey\" IS NOT NULL;",
                suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_guide_replies_save_key",
                table: "guide_replies");

            migrationBuilder.DropColumn(
                name: "SaveKey",
                table: "guide_replies");
        }
    }
}
