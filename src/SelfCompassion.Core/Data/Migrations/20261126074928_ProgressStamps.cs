using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SelfCompassion.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgressStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "progress_stamps",
                columns: table => new
                {
                    OwnerId = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_stamps", x => x.OwnerId);
                    table.ForeignKey(
                        name: "FK_progress_stamps_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Every change to what the progress page counts moves its owner's stamp on (docs/adr/0010), whichever
            // instance, cascade or import made it. One statement-level trigger per table and event, reading the rows
            // it changed, so an import of thousands of entries moves the stamp once. A person being deleted gets no
            // new stamp from the cascade: theirs goes with their account. Triggers with transition tables can't
            // name columns, so any update moves the stamp, which only means recomputing once more. The function
            // keeps the schema it was created in, whatever a later session's search_path.
            migrationBuilder.Sql("""
                CREATE FUNCTION move_progress_stamps() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
                BEGIN
                    INSERT INTO progress_stamps ("OwnerId", "Version")
                    SELECT DISTINCT c."OwnerId", 1 FROM changed AS c
                    WHERE EXISTS (SELECT 1 FROM "AspNetUsers" AS u WHERE u."Id" = c."OwnerId")
                    ON CONFLICT ("OwnerId") DO UPDATE SET "Version" = progress_stamps."Version" + 1;
                    RETURN NULL;
                END $$;
                """);
            foreach (var table in CountedTables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_progress_insert AFTER INSERT ON {table}
                        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION move_progress_stamps();
                    CREATE TRIGGER {table}_progress_update AFTER UPDATE ON {table}
                        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION move_progress_stamps();
                    CREATE TRIGGER {table}_progress_delete AFTER DELETE ON {table}
                        REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION move_progress_stamps();
                    """);
            }
        }

        // Reframe emotions are written and removed only with their reframe, whose own row changes with them.
        private static readonly string[] CountedTables = ["thought_entries", "reframes", "practice_sessions", "check_ins"];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in CountedTables)
            {
                migrationBuilder.Sql($"""
                    DROP TRIGGER {table}_progress_insert ON {table};
                    DROP TRIGGER {table}_progress_update ON {table};
                    DROP TRIGGER {table}_progress_delete ON {table};
                    """);
            }
            migrationBuilder.Sql("DROP FUNCTION move_progress_stamps();");
            migrationBuilder.DropTable(
                name: "progress_stamps");
        }
    }
}
