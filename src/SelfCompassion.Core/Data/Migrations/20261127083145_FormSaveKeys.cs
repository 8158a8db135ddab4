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
            migrationBuilder.AddColumn<Guid>(
                name: "SaveKey",
                table: "thought_entries",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SaveKey",
                table: "reframes",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_thought_entries_save_key",
                table: "thought_entries",
                columns: new[] { "OwnerId", "SaveKey" },
                unique: true,
                filter: "\"SaveKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_reframes_save_key",
                table: "reframes",
                columns: new[] { "OwnerId", "SaveKey" },
                unique: true,
                filter: "\"SaveKey\" IS NOT NULL");
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
