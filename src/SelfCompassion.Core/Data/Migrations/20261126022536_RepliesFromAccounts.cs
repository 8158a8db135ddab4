using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SelfCompassion.Data.Migrations
{
    /// <inheritdoc />
    public partial class RepliesFromAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Email",
                table: "guide_replies",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<string>(
                name: "AuthorId",
                table: "guide_replies",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_guide_replies_AuthorId",
                table: "guide_replies",
                column: "AuthorId");

            migrationBuilder.AddForeignKey(
                name: "FK_guide_replies_AspNetUsers_AuthorId",
                table: "guide_replies",
                column: "AuthorId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_guide_replies_AspNetUsers_AuthorId",
                table: "guide_replies");

            migrationBuilder.DropIndex(
                name: "IX_guide_replies_AuthorId",
                table: "guide_replies");

            migrationBuilder.DropColumn(
                name: "AuthorId",
                table: "guide_replies");

            migrationBuilder.AlterColumn<string>(
                name: "Email",
                table: "guide_replies",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);
        }
    }
}
