using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Workflows
{
    /// <inheritdoc />
    public partial class TimersOpTaakId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_workflows_timers_TaakId",
                table: "workflows_timers",
                column: "TaakId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_workflows_timers_TaakId",
                table: "workflows_timers");
        }
    }
}
