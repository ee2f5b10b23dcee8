using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Postgres.Workflows
{
    /// <inheritdoc />
    public partial class TimersOpTaakId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_timers_TaakId",
                schema: "workflows",
                table: "timers",
                column: "TaakId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_timers_TaakId",
                schema: "workflows",
                table: "timers");
        }
    }
}
