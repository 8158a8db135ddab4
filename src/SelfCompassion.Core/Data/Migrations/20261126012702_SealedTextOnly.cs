using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SelfCompassion.Data.Migrations
{
    /// <summary>Drops the per-field ciphertexts once SealedTextUpgrade has sealed every record's words as one document.</summary>
    public partial class SealedTextOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SituationCipher",
                table: "thought_entries");

            migrationBuilder.DropColumn(
                name: "ThoughtCipher",
                table: "thought_entries");

            migrationBuilder.DropColumn(
                name: "AcknowledgementCipher",
                table: "reframes");

            migrationBuilder.DropColumn(
                name: "CommonHumanityCipher",
                table: "reframes");

            migrationBuilder.DropColumn(
                name: "CompassionateResponseCipher",
                table: "reframes");

            migrationBuilder.DropColumn(
                name: "EvidenceAgainstCipher",
                table: "reframes");

            migrationBuilder.DropColumn(
                name: "EvidenceForCipher",
                table: "reframes");

            migrationBuilder.DropColumn(
                name: "FriendViewCipher",
                table: "reframes");

            migrationBuilder.DropColumn(
                name: "CustomNameCipher",
                table: "reframe_emotions");

            migrationBuilder.DropColumn(
                name: "CustomNameCipher",
                table: "entry_emotions");

            migrationBuilder.AlterColumn<byte[]>(
                name: "TextCipher",
                table: "thought_entries",
                type: "bytea",
                nullable: false,
                oldClrType: typeof(byte[]),
                oldType: "bytea",
                oldNullable: true);

            migrationBuilder.AlterColumn<byte[]>(
                name: "TextCipher",
                table: "reframes",
                type: "bytea",
                nullable: false,
                oldClrType: typeof(byte[]),
                oldType: "bytea",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Text",
                table: "guide_replies",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(5000)",
                oldMaxLength: 5000);

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "guide_replies",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<string>(
                name: "Email",
                table: "guide_replies",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(254)",
                oldMaxLength: 254);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The old columns' words were re-sealed into TextCipher by SealedTextUpgrade; going back would need the
            // master key, which a migration never has. Restore a backup taken before upgrading instead.
            throw new NotSupportedException("The sealed-text upgrade can't be undone by a migration; restore a backup taken before it.");
        }
    }
}
