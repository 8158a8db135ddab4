using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SelfCompassion.Data.Migrations
{
    /// <inheritdoc />
    public partial class SessionChangeNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every instance keeps recent sign-ins in memory (docs/adr/0007); this notice, sent at commit whichever
            // instance or cascade ended or renewed a session, tells them all to forget it.
            migrationBuilder.Sql("""
                CREATE FUNCTION notify_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('session_changes', OLD."Id"::text);
                    RETURN NULL;
                END $$;
                CREATE TRIGGER user_sessions_changed
                    AFTER DELETE OR UPDATE OF "Ticket", "ExpiresAt" ON user_sessions
                    FOR EACH ROW EXECUTE FUNCTION notify_session_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER user_sessions_changed ON user_sessions;
                DROP FUNCTION notify_session_change();
                """);
        }
    }
}
