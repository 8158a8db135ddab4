using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SelfCompassion.Data.Migrations
{
    /// <inheritdoc />
    public partial class Journal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "thought_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SituationCipher = table.Column<byte[]>(type: "bytea", nullable: true),
                    ThoughtCipher = table.Column<byte[]>(type: "bytea", nullable: false),
                    Belief = table.Column<int>(type: "integer", nullable: false),
                    Patterns = table.Column<List<string>>(type: "text[]", nullable: false),
                    EmotionKeys = table.Column<List<string>>(type: "text[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thought_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thought_entries_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "entry_emotions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CustomNameCipher = table.Column<byte[]>(type: "bytea", nullable: true),
                    Intensity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entry_emotions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_entry_emotions_thought_entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "thought_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reframes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcknowledgementCipher = table.Column<byte[]>(type: "bytea", nullable: true),
                    CommonHumanityCipher = table.Column<byte[]>(type: "bytea", nullable: true),
                    EvidenceForCipher = table.Column<byte[]>(type: "bytea", nullable: true),
                    EvidenceAgainstCipher = table.Column<byte[]>(type: "bytea", nullable: true),
                    FriendViewCipher = table.Column<byte[]>(type: "bytea", nullable: true),
                    CompassionateResponseCipher = table.Column<byte[]>(type: "bytea", nullable: false),
                    BeliefBefore = table.Column<int>(type: "integer", nullable: false),
                    BeliefAfter = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reframes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reframes_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_reframes_thought_entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "thought_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reframe_emotions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReframeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CustomNameCipher = table.Column<byte[]>(type: "bytea", nullable: true),
                    Before = table.Column<int>(type: "integer", nullable: false),
                    After = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reframe_emotions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reframe_emotions_reframes_ReframeId",
                        column: x => x.ReframeId,
                        principalTable: "reframes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_entry_emotions_EntryId",
                table: "entry_emotions",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_reframe_emotions_ReframeId",
                table: "reframe_emotions",
                column: "ReframeId");

            migrationBuilder.CreateIndex(
                name: "IX_reframes_EntryId_CreatedAt",
                table: "reframes",
                columns: new[] { "EntryId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reframes_OwnerId_CreatedAt",
                table: "reframes",
                columns: new[] { "OwnerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_thought_entries_EmotionKeys",
                table: "thought_entries",
                column: "EmotionKeys")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_thought_entries_OwnerId_CreatedAt_Id",
                table: "thought_entries",
                columns: new[] { "OwnerId", "CreatedAt", "Id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_thought_entries_Patterns",
                table: "thought_entries",
                column: "Patterns")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "entry_emotions");

            migrationBuilder.DropTable(
                name: "reframe_emotions");

            migrationBuilder.DropTable(
                name: "reframes");

            migrationBuilder.DropTable(
                name: "thought_entries");
        }
    }
}
