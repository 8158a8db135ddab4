using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SelfCompassion.Data.Migrations
{
    /// <inheritdoc />
    public partial class LooksAgainMoveStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Today's page is kept under the same stamp as progress (docs/adr/0010), and it offers a thought to look
            // at again until a later look is saved: so a look, from any instance, moves the stamp on too.
            migrationBuilder.Sql("""
                CREATE TRIGGER belief_follow_ups_progress_insert AFTER INSERT ON belief_follow_ups
                    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION move_progress_stamps();
                CREATE TRIGGER belief_follow_ups_progress_update AFTER UPDATE ON belief_follow_ups
                    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION move_progress_stamps();
                CREATE TRIGGER belief_follow_ups_progress_delete AFTER DELETE ON belief_follow_ups
                    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION move_progress_stamps();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER belief_follow_ups_progress_insert ON belief_follow_ups;
                DROP TRIGGER belief_follow_ups_progress_update ON belief_follow_ups;
                DROP TRIGGER belief_follow_ups_progress_delete ON belief_follow_ups;
                """);
        }
    }
}
