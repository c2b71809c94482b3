// Generated from plugins/dagster-backend/src/schema/openapi.yaml by
// `yarn workspace @internal/backstage-plugin-dagster-backend openapi:generate`. Do not edit.

/** The plugin's API contract. */
export const spec = {
  "openapi": "3.1.0",
  "info": {
    "title": "dagster",
    "version": "1",
    "description": "The Dagster platform backend plugin: the project registry, and the lineage and checks of catalog entities read live from Dagster. Every route but /health needs a Backstage token (a user's, or a service's on behalf of a user)."
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "security": [
    {
      "BackstageToken": []
    }
  ],
  "components": {
    "securitySchemes": {
      "BackstageToken": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT"
      }
    },
    "parameters": {
      "entityRef": {
        "name": "entityRef",
        "in": "query",
        "required": true,
        "allowReserved": true,
        "description": "The catalog entity, such as resource:default/claims.silver.claims_clean (an asset) or system:default/benefit-claims (a project).",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 300
        },
        "examples": {
          "asset": {
            "value": "resource:default/claims.silver.claims_clean"
          },
          "project": {
            "value": "system:default/benefit-claims"
          }
        }
      }
    },
    "responses": {
      "Error": {
        "description": "What went wrong, in words.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      }
    },
    "schemas": {
      "ErrorBody": {
        "type": "object",
        "description": "Backstage's error body.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "required": [
              "name",
              "message"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            }
          },
          "request": {
            "type": "object",
            "properties": {
              "method": {
                "type": "string"
              },
              "url": {
                "type": "string"
              }
            }
          },
          "response": {
            "type": "object",
            "properties": {
              "statusCode": {
                "type": "integer"
              }
            }
          }
        }
      },
      "DagsterInstanceSummary": {
        "type": "object",
        "description": "A Dagster instance the backend reads from, as the browser may see it: only its id and UI link, never its GraphQL URL or token.",
        "additionalProperties": false,
        "required": [
          "id",
          "webUrl"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "webUrl": {
            "type": "string"
          },
          "version": {
            "type": "string",
            "description": "The Dagster version the instance reports, when it answered."
          },
          "problem": {
            "type": "string",
            "description": "Why the instance did not answer, when it did not."
          }
        }
      },
      "DagsterStatus": {
        "type": "object",
        "description": "Whether the Dagster backend is set up, and against what.",
        "additionalProperties": false,
        "required": [
          "configured",
          "demo",
          "instances"
        ],
        "properties": {
          "configured": {
            "type": "boolean",
            "description": "True when at least one entry of `dagster.instances` is configured."
          },
          "demo": {
            "type": "boolean",
            "description": "True when the data is demo data (`dagster.demo`): the demo estate, not production."
          },
          "instances": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DagsterInstanceSummary"
            }
          }
        }
      },
      "ProjectClassification": {
        "type": "string",
        "description": "Government Security Classifications a project on this platform may hold. OFFICIAL-SENSITIVE is a handling caveat on OFFICIAL, not a separate level.",
        "enum": [
          "OFFICIAL",
          "OFFICIAL-SENSITIVE"
        ]
      },
      "LawfulBasis": {
        "type": "string",
        "description": "UK GDPR Article 6 lawful bases, as stored in the registry.",
        "enum": [
          "consent",
          "contract",
          "legal-obligation",
          "vital-interests",
          "public-task",
          "legitimate-interests"
        ]
      },
      "ProjectRequest": {
        "type": "object",
        "description": "What a team tells the platform about a new pipeline project. The platform's rules (name form, owner reference, lawful basis and retention when personal data is processed) are checked beyond this shape; each broken rule is a 400 naming its field.",
        "required": [
          "name",
          "owner",
          "costCentre",
          "monthlyBudgetGbp",
          "classification",
          "personalData"
        ],
        "properties": {
          "name": {
            "type": "string",
            "maxLength": 63
          },
          "owner": {
            "type": "string",
            "maxLength": 255,
            "description": "The owning group, such as group:default/data-team."
          },
          "costCentre": {
            "type": "string",
            "maxLength": 20
          },
          "monthlyBudgetGbp": {
            "type": "number",
            "minimum": 0,
            "maximum": 10000000
          },
          "classification": {
            "type": "string",
            "maxLength": 40,
            "description": "OFFICIAL or OFFICIAL-SENSITIVE (ProjectClassification); another value is a 400 that says why (SECRET needs an accredited system)."
          },
          "personalData": {
            "type": "boolean"
          },
          "lawfulBasis": {
            "type": "string",
            "maxLength": 40,
            "description": "A LawfulBasis; required when personalData is true."
          },
          "retentionPeriod": {
            "type": "string",
            "maxLength": 32,
            "description": "An ISO 8601 duration, such as P7Y."
          },
          "department": {
            "type": "string",
            "maxLength": 100,
            "description": "The government department or agency the project works for."
          }
        }
      },
      "RegisteredProject": {
        "type": "object",
        "description": "A pipeline project in the platform's registry. The money fields (costCentre, monthlyBudgetGbp) are left out for callers without dagster.cost.read.",
        "additionalProperties": false,
        "required": [
          "name",
          "owner",
          "classification",
          "personalData",
          "registeredBy",
          "registeredAt"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "owner": {
            "type": "string"
          },
          "costCentre": {
            "type": "string"
          },
          "monthlyBudgetGbp": {
            "type": "number"
          },
          "classification": {
            "$ref": "#/components/schemas/ProjectClassification"
          },
          "personalData": {
            "type": "boolean"
          },
          "lawfulBasis": {
            "$ref": "#/components/schemas/LawfulBasis"
          },
          "retentionPeriod": {
            "type": "string"
          },
          "department": {
            "type": "string"
          },
          "registeredBy": {
            "type": "string",
            "description": "Entity ref (or service subject) of whoever registered the project."
          },
          "registeredAt": {
            "type": "string",
            "description": "ISO 8601 timestamp of the registration."
          }
        }
      },
      "ProjectList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RegisteredProject"
            }
          }
        }
      },
      "LineageDirection": {
        "type": "string",
        "description": "Which way a lineage walk goes from the entity's assets.",
        "enum": [
          "upstream",
          "downstream",
          "both"
        ]
      },
      "CheckStatus": {
        "type": "string",
        "description": "The roll-up of an asset's checks, or the latest result of one check.",
        "enum": [
          "passing",
          "failing",
          "warning",
          "unknown"
        ]
      },
      "LineageNodeStatus": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "running",
          "checks"
        ],
        "properties": {
          "lastMaterializedAt": {
            "type": "string"
          },
          "lastRunStatus": {
            "type": "string"
          },
          "running": {
            "type": "boolean"
          },
          "checks": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/CheckStatus"
              },
              {
                "type": "string",
                "const": "none"
              }
            ]
          }
        }
      },
      "LineageNode": {
        "type": "object",
        "description": "An asset in a lineage graph, with its latest state.",
        "additionalProperties": false,
        "required": [
          "key",
          "location",
          "group",
          "status"
        ],
        "properties": {
          "key": {
            "type": "string",
            "description": "The asset key joined with `/`, as in the `dagster.io/asset-key` annotation."
          },
          "entityName": {
            "type": "string",
            "description": "The catalog (Resource) entity name of the asset, when it has a plain one."
          },
          "location": {
            "type": "string",
            "description": "Code location (project) of the asset."
          },
          "group": {
            "type": [
              "string",
              "null"
            ]
          },
          "status": {
            "$ref": "#/components/schemas/LineageNodeStatus"
          }
        }
      },
      "LineageEdge": {
        "type": "object",
        "description": "Data flows from `from` to `to`.",
        "additionalProperties": false,
        "required": [
          "from",
          "to"
        ],
        "properties": {
          "from": {
            "type": "string"
          },
          "to": {
            "type": "string"
          }
        }
      },
      "LineageGraph": {
        "type": "object",
        "description": "The lineage around an entity's assets.",
        "additionalProperties": false,
        "required": [
          "instanceId",
          "roots",
          "depth",
          "direction",
          "nodes",
          "edges",
          "truncated"
        ],
        "properties": {
          "instanceId": {
            "type": "string"
          },
          "roots": {
            "type": "array",
            "description": "Keys of the entity's own assets, where the walk started.",
            "items": {
              "type": "string"
            }
          },
          "depth": {
            "type": "integer"
          },
          "direction": {
            "$ref": "#/components/schemas/LineageDirection"
          },
          "nodes": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/LineageNode"
            }
          },
          "edges": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/LineageEdge"
            }
          },
          "truncated": {
            "type": "boolean",
            "description": "True when the walk stopped at the backend's node limit."
          }
        }
      },
      "LineageOptions": {
        "type": "object",
        "description": "How far and which way to walk the lineage.",
        "additionalProperties": false,
        "required": [
          "depth",
          "direction"
        ],
        "properties": {
          "depth": {
            "type": "integer",
            "description": "Hops from the entity's assets, 1 to 5."
          },
          "direction": {
            "$ref": "#/components/schemas/LineageDirection"
          }
        }
      },
      "Severity": {
        "type": "string",
        "enum": [
          "WARN",
          "ERROR"
        ]
      },
      "CheckExecution": {
        "type": "object",
        "description": "One execution of an asset check.",
        "additionalProperties": false,
        "required": [
          "runId",
          "status",
          "timestamp"
        ],
        "properties": {
          "runId": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "description": "Dagster's execution status, for example `SUCCEEDED`, `FAILED`, `IN_PROGRESS`."
          },
          "timestamp": {
            "type": "string"
          },
          "severity": {
            "$ref": "#/components/schemas/Severity"
          },
          "success": {
            "type": "boolean"
          },
          "description": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "AssetCheck": {
        "type": "object",
        "description": "An asset check with its latest result and recent history.",
        "additionalProperties": false,
        "required": [
          "name",
          "description",
          "blocking",
          "status",
          "severity",
          "lastRunAt",
          "lastRunId",
          "history",
          "passRate"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "description": {
            "type": [
              "string",
              "null"
            ]
          },
          "blocking": {
            "type": "boolean",
            "description": "Whether a failure stops downstream materialisations."
          },
          "status": {
            "$ref": "#/components/schemas/CheckStatus"
          },
          "severity": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Severity"
              },
              {
                "type": "null"
              }
            ]
          },
          "lastRunAt": {
            "type": [
              "string",
              "null"
            ]
          },
          "lastRunId": {
            "type": [
              "string",
              "null"
            ]
          },
          "history": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CheckExecution"
            }
          },
          "passRate": {
            "type": [
              "number",
              "null"
            ],
            "description": "Succeeded over finished executions of `history`; null when none finished."
          }
        }
      },
      "AssetChecksReport": {
        "type": "object",
        "description": "The checks of one asset entity.",
        "additionalProperties": false,
        "required": [
          "kind",
          "instanceId",
          "assetKey",
          "status",
          "checks"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "const": "asset"
          },
          "instanceId": {
            "type": "string"
          },
          "assetKey": {
            "type": "string"
          },
          "status": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/CheckStatus"
              },
              {
                "type": "string",
                "const": "none"
              }
            ]
          },
          "checks": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AssetCheck"
            }
          }
        }
      },
      "CheckCounts": {
        "type": "object",
        "description": "Counts by check status.",
        "additionalProperties": false,
        "required": [
          "passing",
          "failing",
          "warning",
          "unknown"
        ],
        "properties": {
          "passing": {
            "type": "integer"
          },
          "failing": {
            "type": "integer"
          },
          "warning": {
            "type": "integer"
          },
          "unknown": {
            "type": "integer"
          }
        }
      },
      "ProjectCheckItem": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "assetKey",
          "status",
          "checks"
        ],
        "properties": {
          "assetKey": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/CheckStatus"
          },
          "checks": {
            "type": "integer"
          }
        }
      },
      "ProjectChecksReport": {
        "type": "object",
        "description": "The roll-up of checks over a project (code location).",
        "additionalProperties": false,
        "required": [
          "kind",
          "instanceId",
          "location",
          "assets",
          "checks",
          "items"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "const": "project"
          },
          "instanceId": {
            "type": "string"
          },
          "location": {
            "type": "string"
          },
          "assets": {
            "$ref": "#/components/schemas/CheckCounts"
          },
          "checks": {
            "$ref": "#/components/schemas/CheckCounts"
          },
          "items": {
            "type": "array",
            "description": "Assets of the location that have checks, with their roll-up.",
            "items": {
              "$ref": "#/components/schemas/ProjectCheckItem"
            }
          }
        }
      },
      "ChecksReport": {
        "description": "What `GET /checks` answers: an asset's checks or a project's roll-up.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/AssetChecksReport"
          },
          {
            "$ref": "#/components/schemas/ProjectChecksReport"
          }
        ]
      }
    }
  },
  "paths": {
    "/health": {
      "get": {
        "operationId": "GetHealth",
        "description": "Liveness; the only route open without a token.",
        "security": [],
        "responses": {
          "200": {
            "description": "The plugin is up.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "status"
                  ],
                  "properties": {
                    "status": {
                      "type": "string",
                      "const": "ok"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/status": {
      "get": {
        "operationId": "GetStatus",
        "description": "Whether Dagster is configured, whether the data is demo data, and the instances with their versions.",
        "responses": {
          "200": {
            "description": "The status.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DagsterStatus"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/projects": {
      "get": {
        "operationId": "ListProjects",
        "description": "Every registered project (dagster.project.read); money fields only with dagster.cost.read.",
        "parameters": [
          {
            "name": "owner",
            "in": "query",
            "required": false,
            "allowReserved": true,
            "description": "Only the projects of this owner, such as group:default/data-team.",
            "schema": {
              "type": "string",
              "maxLength": 255
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The projects.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProjectList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "401": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          }
        }
      },
      "post": {
        "operationId": "RegisterProject",
        "description": "Registers a project (dagster.project.create, and membership of the owning group unless a platform admin). With dryRun=true it checks everything a registration would and stores nothing. Audited.",
        "parameters": [
          {
            "name": "dryRun",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "true",
                "false"
              ]
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProjectRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A dry run passed; the record that would be stored.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RegisteredProject"
                }
              }
            }
          },
          "201": {
            "description": "Registered.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RegisteredProject"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "401": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "409": {
            "$ref": "#/components/responses/Error"
          },
          "413": {
            "$ref": "#/components/responses/Error"
          },
          "415": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/projects/{name}": {
      "get": {
        "operationId": "GetProject",
        "description": "One registered project.",
        "parameters": [
          {
            "name": "name",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The project.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RegisteredProject"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "401": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/lineage": {
      "get": {
        "operationId": "GetLineage",
        "description": "The lineage around an asset, or around every asset of a project's code location (dagster.asset.read on the entity).",
        "parameters": [
          {
            "$ref": "#/components/parameters/entityRef"
          },
          {
            "name": "depth",
            "in": "query",
            "required": false,
            "description": "Hops from the entity's assets, a whole number from 1 to 5 (default 2).",
            "schema": {
              "type": "string",
              "pattern": "^[1-5]$"
            }
          },
          {
            "name": "direction",
            "in": "query",
            "required": false,
            "description": "Which way to walk (default both).",
            "schema": {
              "$ref": "#/components/schemas/LineageDirection"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The lineage graph.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LineageGraph"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "401": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          },
          "502": {
            "$ref": "#/components/responses/Error"
          },
          "503": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/checks": {
      "get": {
        "operationId": "GetChecks",
        "description": "An asset's checks with history, or a project's check roll-up (dagster.asset.read on the entity).",
        "parameters": [
          {
            "$ref": "#/components/parameters/entityRef"
          }
        ],
        "responses": {
          "200": {
            "description": "The checks.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChecksReport"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "401": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          },
          "502": {
            "$ref": "#/components/responses/Error"
          },
          "503": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    }
  }
} as const;
