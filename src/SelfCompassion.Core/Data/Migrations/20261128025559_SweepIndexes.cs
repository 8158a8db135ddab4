using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SelfCompassion.Data.Migrations
{
    /// <inheritdoc />
    public partial class SweepIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // As FormSaveKeys: built CONCURRENTLY so sign-ins and sign-outs go on meanwhile, and each step can run again.
            foreach (var (index, table, column) in new[] { ("IX_user_sessions_ExpiresAt", "user_sessions", "ExpiresAt"), ("IX_account_events_At", "account_events", "At") })
            {
                migrationBuilder.Sql($"DROP INDEX CONCURRENTLY IF EXISTS \"{index}\";", suppressTransaction: true);
                migrationBuilder.Sql($"CREATE INDEX CONCURRENTLY \"{index}\" ON {table} (\"{column}\");", suppressTransaction: true);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_user_sessions_ExpiresAt",
                table: "user_sessions");

            migrationBuilder.DropIndex(
                name: "IX_account_events_At",
                table: "account_events");
        }
    }
}
