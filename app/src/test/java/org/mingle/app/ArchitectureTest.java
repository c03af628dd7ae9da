package org.mingle.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.base.DescribedPredicate;

/**
 * The module layering ({@code migrations <- domain <- api, web-ui <- app}) and the rules that keep the business code
 * plain, checked on the compiled classes of every module.
 */
@AnalyzeClasses(packages = "org.mingle", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {"io.micronaut..", "jakarta.inject..", "jakarta.annotation..",
        "org.jooq..", "java.sql..", "javax.sql..", "com.vaadin..", "org.mingle.db.."};

    /** Services, adapters, entities and what the framework generates next to them (bean definitions). */
    private static final DescribedPredicate<JavaClass> FRAMEWORK_FACING = DescribedPredicate.describe(
            "services, adapters, entities or generated", ArchitectureTest::isFrameworkFacing);

    private static boolean isFrameworkFacing(JavaClass type) {
        return type.isAnnotatedWith(jakarta.inject.Singleton.class)
                || type.isAnnotatedWith(io.micronaut.context.annotation.Factory.class)
                || type.isAnnotatedWith(io.micronaut.data.annotation.MappedEntity.class)
                || type.isAnnotatedWith(io.micronaut.data.jdbc.annotation.JdbcRepository.class)
                || type.getPackageName().startsWith("org.mingle.domain.infrastructure")
                || type.isAnnotatedWith(io.micronaut.core.annotation.Generated.class)
                || type.getName().contains(".$");
    }

    @ArchTest
    static final ArchRule modulesDependOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Migrations").definedBy("org.mingle.db..")
            .layer("Domain").definedBy("org.mingle.domain..")
            .layer("Api").definedBy("org.mingle.api..")
            .layer("WebUi").definedBy("org.mingle.web..")
            .layer("Server").definedBy("org.mingle.server..")
            .layer("App").definedBy("org.mingle.app..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Api").mayOnlyBeAccessedByLayers("App")
            .whereLayer("WebUi").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Server").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Api", "WebUi", "App")
            .whereLayer("Migrations").mayOnlyBeAccessedByLayers("Domain");

    @ArchTest
    static final ArchRule modelRulesAndAlgorithmsArePlainJava = noClasses()
            .that().resideInAPackage("org.mingle.domain..").and(not(FRAMEWORK_FACING))
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("rules and algorithms are tested and benchmarked alone, free of framework and SQL");

    @ArchTest
    static final ArchRule edgesNeverTouchPersistence = noClasses()
            .that().resideInAnyPackage("org.mingle.api..", "org.mingle.web..")
            .should().dependOnClassesThat(annotatedWith(io.micronaut.data.jdbc.annotation.JdbcRepository.class)
                    .or(resideInAnyPackage("org.jooq..", "org.mingle.db..", "io.micronaut.data.repository..",
                            "java.sql..")))
            .because("controllers and views call services, never repositories or SQL");

    @ArchTest
    static final ArchRule servicesStayInTheirFeature = noClasses()
            .that().resideInAnyPackage("org.mingle.api..", "org.mingle.web..")
            .should().dependOnClassesThat().resideInAPackage("org.mingle.domain.infrastructure..");
}
