/**
 * Kontor API types, generated from /openapi.json by scripts/gen-api-types.mjs. Do not edit:
 * run `node scripts/gen-api-types.mjs` after changing a route schema.
 */

export interface paths {
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The chart of accounts */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    parentId?: string;
                    q?: string;
                    status?: "active" | "archived";
                    type?: "asset" | "liability" | "equity" | "income" | "expense";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                createdAt: string;
                                currency: string;
                                description: string | null;
                                /** Format: uuid */
                                id: string;
                                isGroup: boolean;
                                name: string;
                                parentId: string | null;
                                /** @enum {string} */
                                status: "active" | "archived";
                                subtype: string | null;
                                /** @enum {string} */
                                type: "asset" | "liability" | "equity" | "income" | "expense";
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an account to the chart */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        currency?: string;
                        description?: string | null;
                        isGroup?: boolean;
                        name: string;
                        parentId?: string | null;
                        subtype?: ("bank" | "cash" | "receivable" | "inventory" | "fixed_asset" | "current_asset" | "prepaid" | "investment" | "payable" | "credit_card" | "loan" | "current_liability" | "customer_wallet" | "tax" | "capital" | "drawings" | "retained_earnings" | "opening_balance" | "sales" | "other_income" | "cost_of_goods_sold" | "operating_expense" | "round_off" | "other") | null;
                        /** @enum {string} */
                        type: "asset" | "liability" | "equity" | "income" | "expense";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            isGroup: boolean;
                            name: string;
                            parentId: string | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            subtype: string | null;
                            /** @enum {string} */
                            type: "asset" | "liability" | "equity" | "income" | "expense";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            isGroup: boolean;
                            name: string;
                            parentId: string | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            subtype: string | null;
                            /** @enum {string} */
                            type: "asset" | "liability" | "equity" | "income" | "expense";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change an account (send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        description?: string | null;
                        name?: string;
                        parentId?: string | null;
                        subtype?: ("bank" | "cash" | "receivable" | "inventory" | "fixed_asset" | "current_asset" | "prepaid" | "investment" | "payable" | "credit_card" | "loan" | "current_liability" | "customer_wallet" | "tax" | "capital" | "drawings" | "retained_earnings" | "opening_balance" | "sales" | "other_income" | "cost_of_goods_sold" | "operating_expense" | "round_off" | "other") | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            isGroup: boolean;
                            name: string;
                            parentId: string | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            subtype: string | null;
                            /** @enum {string} */
                            type: "asset" | "liability" | "equity" | "income" | "expense";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Archive an account (accounts are never deleted) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            isGroup: boolean;
                            name: string;
                            parentId: string | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            subtype: string | null;
                            /** @enum {string} */
                            type: "asset" | "liability" | "equity" | "income" | "expense";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            isGroup: boolean;
                            name: string;
                            parentId: string | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            subtype: string | null;
                            /** @enum {string} */
                            type: "asset" | "liability" | "equity" | "income" | "expense";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Balance of an account (or group) as of a date */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/apply-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a chart-of-accounts template (small_business, india, household); accounts whose codes exist are kept */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        template: "small_business" | "india" | "household";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check your tenant's audit hash chain and name the first broken record */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checked: number;
                            firstBroken: {
                                id: string | null;
                                message: string;
                                /** @enum {string} */
                                reason: "missing" | "chain_break" | "hash_mismatch" | "beyond_head" | "head_mismatch";
                                seq: number;
                            } | null;
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your tenant's event deliveries that ran out of retries, oldest event first */
        get: {
            parameters: {
                query?: {
                    consumer?: string;
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: number;
                                consumer: string;
                                event: {
                                    actor: {
                                        id: string;
                                        /** @enum {string} */
                                        type: "user" | "api_key" | "system";
                                    } | null;
                                    data: unknown;
                                    /** Format: uuid */
                                    id: string;
                                    occurredAt: string;
                                    schemaVersion: number;
                                    tenantId: string | null;
                                    type: string;
                                };
                                /** Format: uuid */
                                eventId: string;
                                eventType: string;
                                firstFailedAt: string;
                                lastError: string;
                                lastFailedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/dead-letters/{consumer}/{eventId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver a dead-lettered event to its consumer once more */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    consumer: string;
                    eventId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            consumer: string;
                            /** Format: uuid */
                            eventId: string;
                            lastError: string | null;
                            /**
                             * @description delivered: the handler succeeded now; failed: it failed again (dead again once its attempts are used up); queued: the worker running this consumer will try it
                             * @enum {string}
                             */
                            outcome: "delivered" | "failed" | "queued";
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            consumer: string;
                            /** Format: uuid */
                            eventId: string;
                            lastError: string | null;
                            /**
                             * @description delivered: the handler succeeded now; failed: it failed again (dead again once its attempts are used up); queued: the worker running this consumer will try it
                             * @enum {string}
                             */
                            outcome: "delivered" | "failed" | "queued";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys of the tenant (never the secret) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                createdBy: string;
                                expiresAt: string | null;
                                /** Format: uuid */
                                id: string;
                                lastUsedAt: string | null;
                                name: string;
                                permissions: string[];
                                prefix: string;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API key; the secret is in this answer only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expiresAt?: string | null;
                        name: string;
                        permissions: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            createdBy: string;
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            key: string;
                            lastUsedAt: string | null;
                            name: string;
                            permissions: string[];
                            prefix: string;
                            revokedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key (it stops working at once) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your tenant's audit trail, newest first */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    cursor?: string;
                    entityId?: string;
                    entityType?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    type: "user" | "api_key" | "system";
                                };
                                /** @description the entity after the change (null when deleted) */
                                after: unknown;
                                /** @description the entity before the change (null when created) */
                                before: unknown;
                                entityId: string;
                                entityType: string;
                                hash: string;
                                /** Format: uuid */
                                id: string;
                                ip: string | null;
                                occurredAt: string;
                                prevHash: string;
                                requestId: string | null;
                                seq: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a one-time password reset code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @enum {string} */
                            status: "verification_sent" | "code_sent";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password (send X-Kontor-Client: web for the cookie flow) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                        /** Format: uuid */
                        tenantId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** @description Web clients: echo it in X-CSRF-Token on /refresh and /logout */
                            csrfToken?: string;
                            /** @description Seconds the access token is valid */
                            expiresIn: number;
                            /** @description When the session ends unless refreshed before */
                            refreshExpiresAt?: string;
                            /** @description Absent for web clients (it is in the httpOnly cookie) and on tenant switch */
                            refreshToken?: string;
                            /** Format: uuid */
                            sessionId: string;
                            tenant: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                            } | null;
                            /** @enum {string} */
                            tokenType: "Bearer";
                            user: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session: of the bearer token, else of the refresh token in the body or the web cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refreshToken?: string;
                    } | null;
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currentTenantId: string | null;
                            email: string;
                            emailVerified: boolean;
                            /** Format: uuid */
                            id: string;
                            memberships: {
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                                /** Format: uuid */
                                tenantId: string;
                                tenantName: string;
                            }[];
                            name: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trade a refresh token (body, or the web cookie plus X-CSRF-Token) for new tokens; each refresh token works once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refreshToken?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** @description Web clients: echo it in X-CSRF-Token on /refresh and /logout */
                            csrfToken?: string;
                            /** @description Seconds the access token is valid */
                            expiresIn: number;
                            /** @description When the session ends unless refreshed before */
                            refreshExpiresAt?: string;
                            /** @description Absent for web clients (it is in the httpOnly cookie) and on tenant switch */
                            refreshToken?: string;
                            /** Format: uuid */
                            sessionId: string;
                            tenant: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                            } | null;
                            /** @enum {string} */
                            tokenType: "Bearer";
                            user: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account; a verification code is mailed (the answer is the same whether or not the address already has an account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @enum {string} */
                            status: "verification_sent" | "code_sent";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/resend-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a new email verification code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @enum {string} */
                            status: "verification_sent" | "code_sent";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a mailed reset code; ends every session of the account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** Format: email */
                        email: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessionsEnded: number;
                            /** @enum {string} */
                            status: "password_reset";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/security-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your account security log: sign-ins, failed sign-ins, sign-outs, resets (newest first) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actingTenantId: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                                /** Format: uuid */
                                id: string;
                                ip: string | null;
                                occurredAt: string;
                                sessionId: string | null;
                                type: string;
                                userAgent: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your active sessions, newest first (at most 50) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actingTenantId: string | null;
                                createdAt: string;
                                current: boolean;
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                ip: string | null;
                                lastUsedAt: string;
                                userAgent: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of your sessions (its access and refresh tokens stop working) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/switch-tenant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get a token for another tenant you belong to (same session) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        tenantId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** @description Web clients: echo it in X-CSRF-Token on /refresh and /logout */
                            csrfToken?: string;
                            /** @description Seconds the access token is valid */
                            expiresIn: number;
                            /** @description When the session ends unless refreshed before */
                            refreshExpiresAt?: string;
                            /** @description Absent for web clients (it is in the httpOnly cookie) and on tenant switch */
                            refreshToken?: string;
                            /** Format: uuid */
                            sessionId: string;
                            tenant: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                            } | null;
                            /** @enum {string} */
                            tokenType: "Bearer";
                            user: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a mailed one-time code: verify_email uses it up and verifies the address; reset_password only checks it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** Format: email */
                        email: string;
                        /** @enum {string} */
                        purpose: "verify_email" | "reset_password";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            purpose: "verify_email" | "reset_password";
                            /** @enum {boolean} */
                            verified: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mail written by the file mail port, newest first (not in production) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    tag?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                date: string;
                                /** Format: uuid */
                                id: string;
                                subject: string;
                                tag: string | null;
                                to: string[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/mail/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One message from the development mailbox, parsed (or raw with ?raw=1) */
        get: {
            parameters: {
                query?: {
                    /** @description 1 returns the message as message/rfc822 */
                    raw?: "0" | "1" | "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: {
                                contentType: string;
                                filename: string | null;
                                size: number;
                            }[];
                            cc: string[];
                            date: string;
                            from: string[];
                            html: string | null;
                            /** Format: uuid */
                            id: string;
                            messageId: string | null;
                            subject: string;
                            tag: string | null;
                            text: string;
                            to: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: the signed-in user (whose email it was sent to) joins the tenant; then switch to it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            member: {
                                customRoleId: string | null;
                                customRoleName: string | null;
                                email: string;
                                joinedAt: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                                /** Format: uuid */
                                userId: string;
                            };
                            /** Format: uuid */
                            tenantId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation, token in the body (preferred: URLs end up in access logs) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            member: {
                                customRoleId: string | null;
                                customRoleName: string | null;
                                email: string;
                                joinedAt: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                                /** Format: uuid */
                                userId: string;
                            };
                            /** Format: uuid */
                            tenantId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journal-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Journal entries, newest first */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                    cursor?: string;
                    from?: string;
                    limit?: number;
                    sourceId?: string;
                    sourceModule?: string;
                    status?: "draft" | "posted";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                baseCurrency: string;
                                createdAt: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                lines: {
                                    /** Format: uuid */
                                    accountId: string;
                                    baseCredit: string;
                                    baseDebit: string;
                                    credit: string;
                                    currency: string;
                                    debit: string;
                                    lineNo: number;
                                    memo: string | null;
                                    partyId: string | null;
                                    storeId: string | null;
                                    tags: string[];
                                }[];
                                memo: string | null;
                                postedAt: string | null;
                                reference: string | null;
                                reversedById: string | null;
                                reversesId: string | null;
                                source: {
                                    id: string | null;
                                    module: string;
                                    revision: number;
                                };
                                /** @enum {string} */
                                status: "draft" | "posted";
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a journal entry: a draft, or posted with `post: true` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date: string;
                        lines: {
                            /** Format: uuid */
                            accountId: string;
                            baseAmount?: string;
                            credit?: string;
                            currency?: string;
                            debit?: string;
                            memo?: string | null;
                            partyId?: string | null;
                            storeId?: string | null;
                            tags?: string[];
                        }[];
                        memo?: string | null;
                        post?: boolean;
                        reference?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            createdAt: string;
                            date: string;
                            /** Format: uuid */
                            id: string;
                            lines: {
                                /** Format: uuid */
                                accountId: string;
                                baseCredit: string;
                                baseDebit: string;
                                credit: string;
                                currency: string;
                                debit: string;
                                lineNo: number;
                                memo: string | null;
                                partyId: string | null;
                                storeId: string | null;
                                tags: string[];
                            }[];
                            memo: string | null;
                            postedAt: string | null;
                            reference: string | null;
                            reversedById: string | null;
                            reversesId: string | null;
                            source: {
                                id: string | null;
                                module: string;
                                revision: number;
                            };
                            /** @enum {string} */
                            status: "draft" | "posted";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journal-entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One journal entry with its lines */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            createdAt: string;
                            date: string;
                            /** Format: uuid */
                            id: string;
                            lines: {
                                /** Format: uuid */
                                accountId: string;
                                baseCredit: string;
                                baseDebit: string;
                                credit: string;
                                currency: string;
                                debit: string;
                                lineNo: number;
                                memo: string | null;
                                partyId: string | null;
                                storeId: string | null;
                                tags: string[];
                            }[];
                            memo: string | null;
                            postedAt: string | null;
                            reference: string | null;
                            reversedById: string | null;
                            reversesId: string | null;
                            source: {
                                id: string | null;
                                module: string;
                                revision: number;
                            };
                            /** @enum {string} */
                            status: "draft" | "posted";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Replace a draft (send If-Match); posted entries are immutable */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date: string;
                        lines: {
                            /** Format: uuid */
                            accountId: string;
                            baseAmount?: string;
                            credit?: string;
                            currency?: string;
                            debit?: string;
                            memo?: string | null;
                            partyId?: string | null;
                            storeId?: string | null;
                            tags?: string[];
                        }[];
                        memo?: string | null;
                        reference?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            createdAt: string;
                            date: string;
                            /** Format: uuid */
                            id: string;
                            lines: {
                                /** Format: uuid */
                                accountId: string;
                                baseCredit: string;
                                baseDebit: string;
                                credit: string;
                                currency: string;
                                debit: string;
                                lineNo: number;
                                memo: string | null;
                                partyId: string | null;
                                storeId: string | null;
                                tags: string[];
                            }[];
                            memo: string | null;
                            postedAt: string | null;
                            reference: string | null;
                            reversedById: string | null;
                            reversesId: string | null;
                            source: {
                                id: string | null;
                                module: string;
                                revision: number;
                            };
                            /** @enum {string} */
                            status: "draft" | "posted";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Discard a draft; posted entries are reversed instead */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journal-entries/{id}/post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post a draft (If-Match optional) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            createdAt: string;
                            date: string;
                            /** Format: uuid */
                            id: string;
                            lines: {
                                /** Format: uuid */
                                accountId: string;
                                baseCredit: string;
                                baseDebit: string;
                                credit: string;
                                currency: string;
                                debit: string;
                                lineNo: number;
                                memo: string | null;
                                partyId: string | null;
                                storeId: string | null;
                                tags: string[];
                            }[];
                            memo: string | null;
                            postedAt: string | null;
                            reference: string | null;
                            reversedById: string | null;
                            reversesId: string | null;
                            source: {
                                id: string | null;
                                module: string;
                                revision: number;
                            };
                            /** @enum {string} */
                            status: "draft" | "posted";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journal-entries/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post the reversal of a posted entry (the correction path) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date?: string;
                        memo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            createdAt: string;
                            date: string;
                            /** Format: uuid */
                            id: string;
                            lines: {
                                /** Format: uuid */
                                accountId: string;
                                baseCredit: string;
                                baseDebit: string;
                                credit: string;
                                currency: string;
                                debit: string;
                                lineNo: number;
                                memo: string | null;
                                partyId: string | null;
                                storeId: string | null;
                                tags: string[];
                            }[];
                            memo: string | null;
                            postedAt: string | null;
                            reference: string | null;
                            reversedById: string | null;
                            reversesId: string | null;
                            source: {
                                id: string | null;
                                module: string;
                                revision: number;
                            };
                            /** @enum {string} */
                            status: "draft" | "posted";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** General ledger: posted lines with running balance, filtered by account, dates, party, store, tag */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                    cursor?: string;
                    from?: string;
                    limit?: number;
                    partyId?: string;
                    storeId?: string;
                    tag?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/close-period": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close income and expenses into retained earnings at a period end (optionally lock it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lock?: boolean;
                        /** Format: date */
                        periodEnd: string;
                        /** Format: uuid */
                        retainedEarningsAccountId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            createdAt: string;
                            date: string;
                            /** Format: uuid */
                            id: string;
                            lines: {
                                /** Format: uuid */
                                accountId: string;
                                baseCredit: string;
                                baseDebit: string;
                                credit: string;
                                currency: string;
                                debit: string;
                                lineNo: number;
                                memo: string | null;
                                partyId: string | null;
                                storeId: string | null;
                                tags: string[];
                            }[];
                            memo: string | null;
                            postedAt: string | null;
                            reference: string | null;
                            reversedById: string | null;
                            reversesId: string | null;
                            source: {
                                id: string | null;
                                module: string;
                                revision: number;
                            };
                            /** @enum {string} */
                            status: "draft" | "posted";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export posted entries as an hledger journal (text/plain) */
        get: {
            parameters: {
                query?: {
                    format?: "hledger";
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ledger settings: the lock date */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Set the lock date: nothing posts on or before it (send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lockDate: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/trial-balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trial balance in base currency at a date (from daily rollups) */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    includeZero?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Built-in and custom roles, and every permission key a role can hold */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                builtIn: boolean;
                                createdAt: string | null;
                                description: string | null;
                                id: string | null;
                                name: string;
                                permissions: string[];
                                updatedAt: string | null;
                                version: number | null;
                            }[];
                            permissions: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a custom role */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        name: string;
                        permissions: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            builtIn: boolean;
                            createdAt: string | null;
                            description: string | null;
                            id: string | null;
                            name: string;
                            permissions: string[];
                            updatedAt: string | null;
                            version: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A custom role */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            builtIn: boolean;
                            createdAt: string | null;
                            description: string | null;
                            id: string | null;
                            name: string;
                            permissions: string[];
                            updatedAt: string | null;
                            version: number | null;
                        };
                    };
                };
            };
        };
        /** Change a custom role (If-Match); members holding it get the new permissions at once */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        name: string;
                        permissions: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            builtIn: boolean;
                            createdAt: string | null;
                            description: string | null;
                            id: string | null;
                            name: string;
                            permissions: string[];
                            updatedAt: string | null;
                            version: number | null;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a custom role nobody holds */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stores and branches, oldest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "active" | "archived";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string | null;
                                archivedAt: string | null;
                                code: string | null;
                                createdAt: string;
                                gstin: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                stateCode: string | null;
                                /** @enum {string} */
                                status: "active" | "archived";
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a store (plan limits apply) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        code?: string | null;
                        gstin?: string | null;
                        name: string;
                        stateCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            archivedAt: string | null;
                            code: string | null;
                            createdAt: string;
                            gstin: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            stateCode: string | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A store */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            archivedAt: string | null;
                            code: string | null;
                            createdAt: string;
                            gstin: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            stateCode: string | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a store (If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        code?: string | null;
                        gstin?: string | null;
                        name?: string;
                        stateCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            archivedAt: string | null;
                            code: string | null;
                            createdAt: string;
                            gstin: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            stateCode: string | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a store (it no longer counts against the plan) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            archivedAt: string | null;
                            code: string | null;
                            createdAt: string;
                            gstin: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            stateCode: string | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a business; you become its owner */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        baseCurrency: string;
                        countryCode: string;
                        fiscalYearStartMonth?: number;
                        gstin?: string | null;
                        /** @enum {string} */
                        kind?: "business" | "household";
                        legalName?: string | null;
                        name: string;
                        stateCode?: string | null;
                        timezone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            countryCode: string;
                            createdAt: string;
                            fiscalYearStartMonth: number;
                            gstin: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "business" | "household";
                            legalName: string | null;
                            name: string;
                            /** @enum {string} */
                            plan: "free" | "standard" | "pro";
                            stateCode: string | null;
                            status: string;
                            timezone: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your current tenant */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            countryCode: string;
                            createdAt: string;
                            fiscalYearStartMonth: number;
                            gstin: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "business" | "household";
                            legalName: string | null;
                            name: string;
                            /** @enum {string} */
                            plan: "free" | "standard" | "pro";
                            stateCode: string | null;
                            status: string;
                            timezone: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change tenant settings (send If-Match with the ETag you read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fiscalYearStartMonth?: number;
                        gstin?: string | null;
                        /** @enum {string} */
                        kind?: "business" | "household";
                        legalName?: string | null;
                        name?: string;
                        stateCode?: string | null;
                        timezone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            countryCode: string;
                            createdAt: string;
                            fiscalYearStartMonth: number;
                            gstin: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "business" | "household";
                            legalName: string | null;
                            name: string;
                            /** @enum {string} */
                            plan: "free" | "standard" | "pro";
                            stateCode: string | null;
                            status: string;
                            timezone: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                acceptedAt: string | null;
                                createdAt: string;
                                customRoleId: string | null;
                                email: string;
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                invitedBy: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                                /** @enum {string} */
                                status: "open" | "accepted" | "revoked" | "expired";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{id}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an open invitation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    invitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of the tenant with their roles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                customRoleId: string | null;
                                customRoleName: string | null;
                                email: string;
                                joinedAt: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                                /** Format: uuid */
                                userId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Invite someone by email; they get a one-time link valid 7 days */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        customRoleId?: string;
                        /** Format: email */
                        email: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            createdAt: string;
                            customRoleId: string | null;
                            email: string;
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            invitedBy: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                            /** @enum {string} */
                            status: "open" | "accepted" | "revoked" | "expired";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a member's role */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        customRoleId?: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customRoleId: string | null;
                            customRoleName: string | null;
                            email: string;
                            joinedAt: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                            /** Format: uuid */
                            userId: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a member (never the last owner) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{id}/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan, its limits and this month’s usage */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            limits: {
                                documents_per_month: number | null;
                                stores: number | null;
                                users: number | null;
                            };
                            period: string;
                            /** @enum {string} */
                            plan: "free" | "standard" | "pro";
                            plans: {
                                limits: {
                                    documents_per_month: number | null;
                                    stores: number | null;
                                    users: number | null;
                                };
                                /** @enum {string} */
                                plan: "free" | "standard" | "pro";
                            }[];
                            usage: {
                                documents_per_month: number;
                                stores: number;
                                users: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{id}/subscription/upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the plan (no payment processor yet: the change and its limits are real); refused if usage exceeds the new limits */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        plan: "free" | "standard" | "pro";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            limits: {
                                documents_per_month: number | null;
                                stores: number | null;
                                users: number | null;
                            };
                            period: string;
                            /** @enum {string} */
                            plan: "free" | "standard" | "pro";
                            plans: {
                                limits: {
                                    documents_per_month: number | null;
                                    stores: number | null;
                                    users: number | null;
                                };
                                /** @enum {string} */
                                plan: "free" | "standard" | "pro";
                            }[];
                            usage: {
                                documents_per_month: number;
                                stores: number;
                                users: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search transactions, newest first */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                    cursor?: string;
                    from?: string;
                    includeDeleted?: "true" | "false";
                    limit?: number;
                    partyId?: string;
                    q?: string;
                    storeId?: string;
                    tag?: string;
                    to?: string;
                    type?: "income" | "expense" | "transfer";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                accountId: string;
                                amount: string;
                                /** Format: uuid */
                                counterAccountId: string;
                                createdAt: string;
                                currency: string;
                                date: string;
                                description: string | null;
                                /** Format: uuid */
                                entryId: string;
                                /** Format: uuid */
                                id: string;
                                partyId: string | null;
                                reference: string | null;
                                revision: number;
                                /** @enum {string} */
                                status: "active" | "deleted";
                                storeId: string | null;
                                tags: string[];
                                /** @enum {string} */
                                type: "income" | "expense" | "transfer";
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record income, an expense or a transfer (posts a journal entry) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        amount: string;
                        baseAmount?: string | null;
                        /** Format: uuid */
                        counterAccountId: string;
                        currency?: string;
                        /** Format: date */
                        date: string;
                        description?: string | null;
                        partyId?: string | null;
                        reference?: string | null;
                        storeId?: string | null;
                        tags?: string[];
                        /** @enum {string} */
                        type: "income" | "expense" | "transfer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            accountId: string;
                            amount: string;
                            /** Format: uuid */
                            counterAccountId: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            description: string | null;
                            /** Format: uuid */
                            entryId: string;
                            /** Format: uuid */
                            id: string;
                            partyId: string | null;
                            reference: string | null;
                            revision: number;
                            /** @enum {string} */
                            status: "active" | "deleted";
                            storeId: string | null;
                            tags: string[];
                            /** @enum {string} */
                            type: "income" | "expense" | "transfer";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One transaction */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            accountId: string;
                            amount: string;
                            /** Format: uuid */
                            counterAccountId: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            description: string | null;
                            /** Format: uuid */
                            entryId: string;
                            /** Format: uuid */
                            id: string;
                            partyId: string | null;
                            reference: string | null;
                            revision: number;
                            /** @enum {string} */
                            status: "active" | "deleted";
                            storeId: string | null;
                            tags: string[];
                            /** @enum {string} */
                            type: "income" | "expense" | "transfer";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a transaction: reverses its entry and posts the new one (send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        amount: string;
                        baseAmount?: string | null;
                        /** Format: uuid */
                        counterAccountId: string;
                        currency?: string;
                        /** Format: date */
                        date: string;
                        description?: string | null;
                        partyId?: string | null;
                        reference?: string | null;
                        storeId?: string | null;
                        tags?: string[];
                        /** @enum {string} */
                        type: "income" | "expense" | "transfer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            accountId: string;
                            amount: string;
                            /** Format: uuid */
                            counterAccountId: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            description: string | null;
                            /** Format: uuid */
                            entryId: string;
                            /** Format: uuid */
                            id: string;
                            partyId: string | null;
                            reference: string | null;
                            revision: number;
                            /** @enum {string} */
                            status: "active" | "deleted";
                            storeId: string | null;
                            tags: string[];
                            /** @enum {string} */
                            type: "income" | "expense" | "transfer";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a transaction (its entry is reversed) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Process liveness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks?: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: database and event bus reachable */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks?: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks?: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
