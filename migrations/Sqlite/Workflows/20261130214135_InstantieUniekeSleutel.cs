using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Workflows
{
    /// <inheritdoc />
    public partial class InstantieUniekeSleutel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UniekeSleutel",
                table: "workflows_instanties",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_workflows_instanties_UniekeSleutel",
                table: "workflows_instanties",
                column: "UniekeSleutel",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_workflows_instanties_UniekeSleutel",
                table: "workflows_instanties");

            migrationBuilder.DropColumn(
                name: "UniekeSleutel",
                table: "workflows_instanties");
        }
    }
}
