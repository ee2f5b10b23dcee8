using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Postgres.Workflows
{
    /// <inheritdoc />
    public partial class InstantieUniekeSleutel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UniekeSleutel",
                schema: "workflows",
                table: "instanties",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_instanties_UniekeSleutel",
                schema: "workflows",
                table: "instanties",
                column: "UniekeSleutel",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_instanties_UniekeSleutel",
                schema: "workflows",
                table: "instanties");

            migrationBuilder.DropColumn(
                name: "UniekeSleutel",
                schema: "workflows",
                table: "instanties");
        }
    }
}
