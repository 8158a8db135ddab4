using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SelfCompassion.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long[]>(
                name: "SearchTerms",
                table: "thought_entries",
                type: "bigint[]",
                nullable: true);

            migrationBuilder.AddColumn<long[]>(
                name: "SearchTerms",
                table: "reframes",
                type: "bigint[]",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_thought_entries_SearchTerms",
                table: "thought_entries",
                column: "SearchTerms")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_thought_entries_unindexed",
                table: "thought_entries",
                column: "OwnerId",
                filter: "\"SearchTerms\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_reframes_SearchTerms",
                table: "reframes",
                column: "SearchTerms")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_reframes_unindexed",
                table: "reframes",
                column: "OwnerId",
                filter: "\"SearchTerms\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_thought_entries_SearchTerms",
                table: "thought_entries");

            migrationBuilder.DropIndex(
                name: "IX_thought_entries_unindexed",
                table: "thought_entries");

            migrationBuilder.DropIndex(
                name: "IX_reframes_SearchTerms",
                table: "reframes");

            migrationBuilder.DropIndex(
                name: "IX_reframes_unindexed",
                table: "reframes");

            migrationBuilder.DropColumn(
                name: "SearchTerms",
                table: "thought_entries");

            migrationBuilder.DropColumn(
                name: "SearchTerms",
                table: "reframes");
        }
    }
}
