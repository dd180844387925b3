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
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            accountId: string;
                            asOf: string;
                            /** @description In the account's normal direction: positive is a debit balance for assets/expenses, credit for the others */
                            balance: string;
                            /** @description Decimal string in the named currency */
                            baseBalance: string;
                            baseCurrency: string;
                            byCurrency: {
                                /** @description Decimal string in the named currency */
                                balance: string;
                                currency: string;
                            }[];
                            currency: string;
                            /** @enum {string} */
                            normalSide: "debit" | "credit";
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
    "/api/v1/auth/2fa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your two-factor authentication: on or off, recovery codes left, businesses that require it */
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
                            enabled: boolean;
                            enabledAt: string | null;
                            /** @description Set up, waiting for the first code */
                            pending: boolean;
                            recoveryCodesRemaining: number;
                            /** @description Businesses whose policy requires two-factor authentication for your role there */
                            requiredBy: {
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                                /** Format: uuid */
                                tenantId: string;
                                tenantName: string;
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
    "/api/v1/auth/2fa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor off: your password and a code from the app (or a recovery code) */
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
                        code?: string;
                        password: string;
                        recoveryCode?: string;
                    };
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
    "/api/v1/auth/2fa/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor on with the first code from the app; answers the ten recovery codes, once */
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
                            /** @enum {boolean} */
                            enabled: true;
                            /** @description Shown once: each works once, instead of a code from the app */
                            recoveryCodes: string[];
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
    "/api/v1/auth/2fa/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ten new recovery codes (a code from the app is required); the old ones stop working */
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
                            /** @enum {boolean} */
                            enabled: true;
                            /** @description Shown once: each works once, instead of a code from the app */
                            recoveryCodes: string[];
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
    "/api/v1/auth/2fa/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start two-factor set-up (your password again): a new secret and its otpauth:// URI for the QR code; confirm with /2fa/enable */
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
                        password: string;
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
                            account: string;
                            issuer: string;
                            /** @description otpauth://totp/… — render it as a QR code */
                            otpauthUri: string;
                            /** @description Base32; type it into the app if you cannot scan the QR code */
                            secret: string;
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
        /** Sign in with email and password (send X-Kontor-Client: web for the cookie flow). With two-factor on, the answer is 202 with a challenge for /login/2fa instead of tokens */
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
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Opaque; send it to /api/v1/auth/login/2fa within expiresAt */
                            challenge: string;
                            expiresAt: string;
                            methods: ("totp" | "recovery_code")[];
                            /** @enum {boolean} */
                            mfaRequired: true;
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
    "/api/v1/auth/login/2fa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Second sign-in step: the challenge from /login and a code from the authenticator app (or a recovery code); answers like /login */
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
                        challenge: string;
                        code?: string;
                        recoveryCode?: string;
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
    "/api/v1/auth/oidc/{provider}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the provider sends the browser back: signs in (web session cookies) and redirects to the web app */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    error?: string;
                    error_description?: string;
                    iss?: string;
                    state?: string;
                };
                header?: never;
                path: {
                    provider: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 302 to the provider, or back to the web app (to the sign-in page with `notice` and `oidcError` when it failed) */
                302: {
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
    "/api/v1/auth/oidc/{provider}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start signing in with an OpenID Connect provider (a browser navigation; answers 302 to the provider) */
        get: {
            parameters: {
                query?: {
                    /** @description A path of the web app to return to after signing in */
                    redirect?: string;
                };
                header?: never;
                path: {
                    provider: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 302 to the provider, or back to the web app (to the sign-in page with `notice` and `oidcError` when it failed) */
                302: {
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
    "/api/v1/auth/oidc/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OpenID Connect providers you can sign in with (none when none is configured) */
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
                                id: string;
                                name: string;
                                startUrl: string;
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
    "/api/v1/auth/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the caller may do in the business it acts in (for hiding what it cannot use; every call is still checked) */
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
                            /** @description Granted keys: `*` grants all, `module.*` all of one module */
                            permissions: string[];
                            tenantId: string | null;
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
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every category with its path, by name */
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
                                /** Format: uuid */
                                id: string;
                                name: string;
                                parentId: string | null;
                                path: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a category */
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
                        name: string;
                        parentId?: string | null;
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
                            id: string;
                            name: string;
                            parentId: string | null;
                            path: string;
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
    "/api/v1/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One category */
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
                            id: string;
                            name: string;
                            parentId: string | null;
                            path: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Rename or move a category (send If-Match); never under itself */
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
                        name?: string;
                        parentId?: string | null;
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
                            id: string;
                            name: string;
                            parentId: string | null;
                            path: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete an empty category */
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
    "/api/v1/categories/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The category tree */
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
                                /** @description child categories, each of this same shape */
                                children: {
                                    [key: string]: unknown;
                                }[];
                                /** Format: uuid */
                                id: string;
                                name: string;
                                path: string;
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
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** customers: search (q: name, GSTIN, phone, email), filter and page */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    q?: string;
                    registrationType?: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                    sort?: "name" | "-name" | "createdAt" | "-createdAt";
                    status?: "active" | "suspended" | "archived";
                    tag?: string;
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
                                billingAddress: {
                                    city: string;
                                    country: string;
                                    line1: string;
                                    line2?: string | null;
                                    postalCode?: string | null;
                                    stateCode?: string | null;
                                } | null;
                                contacts: {
                                    email?: string | null;
                                    name: string;
                                    phone?: string | null;
                                    primary?: boolean;
                                }[];
                                createdAt: string;
                                creditLimit: string | null;
                                currency: string;
                                displayName: string;
                                gstin: string | null;
                                gstStateCode: string | null;
                                /** Format: uuid */
                                id: string;
                                isCustomer: boolean;
                                isVendor: boolean;
                                legalName: string;
                                notes: string | null;
                                openingBalance: {
                                    amount: string;
                                    date: string;
                                    entryId: string | null;
                                } | null;
                                pan: string | null;
                                paymentTermsDays: number | null;
                                /** @enum {string} */
                                registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                                shippingAddress: {
                                    city: string;
                                    country: string;
                                    line1: string;
                                    line2?: string | null;
                                    postalCode?: string | null;
                                    stateCode?: string | null;
                                } | null;
                                /** @enum {string} */
                                status: "active" | "suspended" | "archived";
                                tags: string[];
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
        /** Add a customer; a possible duplicate (same GSTIN or email) is reported in warnings, not refused */
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
                        billingAddress?: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode?: string | null;
                            stateCode?: string | null;
                        } | null;
                        contacts?: {
                            email?: string | null;
                            name: string;
                            phone?: string | null;
                            primary?: boolean;
                        }[];
                        creditLimit?: string | null;
                        currency?: string;
                        displayName?: string;
                        gstin?: string | null;
                        isCustomer?: boolean;
                        isVendor?: boolean;
                        legalName: string;
                        notes?: string | null;
                        openingBalance?: {
                            amount: string;
                            /** Format: date */
                            date: string;
                        } | null;
                        pan?: string | null;
                        paymentTermsDays?: number | null;
                        /** @enum {string} */
                        registrationType?: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                        shippingAddress?: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode?: string | null;
                            stateCode?: string | null;
                        } | null;
                        tags?: string[];
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
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
                            updatedAt: string;
                            version: number;
                            warnings: {
                                /** @enum {string} */
                                code: "PARTIES.POSSIBLE_DUPLICATE";
                                /** @enum {string} */
                                field: "gstin" | "email";
                                message: string;
                                /** Format: uuid */
                                partyId: string;
                            }[];
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
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer */
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
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a customer (send If-Match); a changed opening balance replaces the posted one */
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
                        billingAddress?: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode?: string | null;
                            stateCode?: string | null;
                        } | null;
                        contacts?: {
                            email?: string | null;
                            name: string;
                            phone?: string | null;
                            primary?: boolean;
                        }[];
                        creditLimit?: string | null;
                        currency?: string;
                        displayName?: string;
                        gstin?: string | null;
                        isCustomer?: boolean;
                        isVendor?: boolean;
                        legalName?: string;
                        notes?: string | null;
                        openingBalance?: {
                            amount: string;
                            /** Format: date */
                            date: string;
                        } | null;
                        pan?: string | null;
                        paymentTermsDays?: number | null;
                        /** @enum {string} */
                        registrationType?: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                        shippingAddress?: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode?: string | null;
                            stateCode?: string | null;
                        } | null;
                        tags?: string[];
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
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
                            updatedAt: string;
                            version: number;
                            warnings: {
                                /** @enum {string} */
                                code: "PARTIES.POSSIBLE_DUPLICATE";
                                /** @enum {string} */
                                field: "gstin" | "email";
                                message: string;
                                /** Format: uuid */
                                partyId: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Archive a customer (parties are never deleted; their entries stay in the books) */
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
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
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
    "/api/v1/customers/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's statement from the ledger: opening balance, lines with a running balance, closing balance */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
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
                            closingBalance: string;
                            currency: string;
                            from: string | null;
                            lines: {
                                /** Format: uuid */
                                accountId: string;
                                balance: string;
                                credit: string;
                                date: string;
                                debit: string;
                                /** Format: uuid */
                                entryId: string;
                                lineNo: number;
                                memo: string | null;
                                reference: string | null;
                                source: string;
                            }[];
                            openingBalance: string;
                            /** Format: uuid */
                            partyId: string;
                            /** @enum {string} */
                            side: "receivable" | "payable";
                            to: string | null;
                            truncated: boolean;
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
    "/api/v1/inventory/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Valuation method and negative-stock policy */
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
                            allowNegative: boolean;
                            /** @enum {string} */
                            valuation: "fifo" | "moving_average";
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change the valuation method (only before the first move) or allow negative stock (send If-Match) */
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
                        allowNegative?: boolean;
                        /** @enum {string} */
                        valuation?: "fifo" | "moving_average";
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
                            allowNegative: boolean;
                            /** @enum {string} */
                            valuation: "fifo" | "moving_average";
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
                    content: {
                        "application/json": {
                            accountCurrency: string | null;
                            baseCurrency: string;
                            items: {
                                /** Format: uuid */
                                accountId: string;
                                /** @description Decimal string in the named currency */
                                baseCredit: string;
                                /** @description Decimal string in the named currency */
                                baseDebit: string;
                                /** @description Decimal string in the named currency */
                                credit: string;
                                currency: string;
                                date: string;
                                /** @description Decimal string in the named currency */
                                debit: string;
                                /** Format: uuid */
                                entryId: string;
                                lineNo: number;
                                memo: string | null;
                                partyId: string | null;
                                reference: string | null;
                                /** @description Only when filtered to one account, in the account's currency */
                                runningBalance: string | null;
                                /** @description Decimal string in the named currency */
                                runningBaseBalance: string;
                                source: {
                                    href: string;
                                    id: string | null;
                                    module: string;
                                };
                                storeId: string | null;
                                tags: string[];
                            }[];
                            nextCursor: string | null;
                            /** @description Decimal string in the named currency */
                            openingBaseBalance: string;
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
    "/api/v1/ledger/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post up to 1000 journal entries at once, all or nothing; errors name the entry (body.entries[i]) */
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
                        entries: {
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
                        }[];
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
                            entries: {
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
                            lines: number;
                            posted: number;
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
    "/api/v1/ledger/opening-balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the opening balances (one entry; the difference goes to Opening Balance Equity); setting them again replaces them */
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
                            entry: {
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
                            /** Format: uuid */
                            equityAccountId: string;
                            replaced: {
                                /** Format: uuid */
                                entryId: string;
                                /** Format: uuid */
                                reversalId: string;
                            } | null;
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
    "/api/v1/ledger/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exchange rates into the base currency, newest first */
        get: {
            parameters: {
                query?: {
                    currency?: string;
                    cursor?: string;
                    from?: string;
                    limit?: number;
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
                                currency: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                rate: string;
                                /** @enum {string} */
                                source: "manual" | "csv" | "provider";
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        /** Add or replace rates: one per currency and date, `rate` units of base currency per unit of `currency` */
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
                        rates: {
                            currency: string;
                            /** Format: date */
                            date: string;
                            rate: string;
                        }[];
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
                            items: {
                                baseCurrency: string;
                                createdAt: string;
                                currency: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                rate: string;
                                /** @enum {string} */
                                source: "manual" | "csv" | "provider";
                                updatedAt: string;
                                version: number;
                            }[];
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
    "/api/v1/ledger/rates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One exchange rate */
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
                            currency: string;
                            date: string;
                            /** Format: uuid */
                            id: string;
                            rate: string;
                            /** @enum {string} */
                            source: "manual" | "csv" | "provider";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an exchange rate (posted entries keep their base amounts) */
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
    "/api/v1/ledger/rates/fetch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fetch the provider's latest reference rates (ECB), cross-rated to the base currency, and store them */
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
                        currencies?: string[];
                        /** @enum {string} */
                        provider: "ecb";
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
                            date: string;
                            items: {
                                baseCurrency: string;
                                createdAt: string;
                                currency: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                rate: string;
                                /** @enum {string} */
                                source: "manual" | "csv" | "provider";
                                updatedAt: string;
                                version: number;
                            }[];
                            provider: string;
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
    "/api/v1/ledger/rates/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import rates from CSV `date,currency,rate` (all or nothing; bad rows are named by line) */
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
                        csv: string;
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
                            items: {
                                baseCurrency: string;
                                createdAt: string;
                                currency: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                rate: string;
                                /** @enum {string} */
                                source: "manual" | "csv" | "provider";
                                updatedAt: string;
                                version: number;
                            }[];
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
    "/api/v1/ledger/revaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post unrealised exchange gain/loss at a date (reversed the next day); 200 with posted=false when nothing changed */
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
                        /** Format: uuid */
                        gainLossAccountId?: string;
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
                            accounts: {
                                /** Format: uuid */
                                accountId: string;
                                balance: string;
                                carriedBase: string;
                                code: string;
                                currency: string;
                                difference: string;
                                name: string;
                                rate: string;
                                rateDate: string;
                                revaluedBase: string;
                            }[];
                            baseCurrency: string;
                            date: string;
                            entry: {
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
                            } | null;
                            gainLossAccountId: string | null;
                            posted: boolean;
                            reversal: {
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
                            } | null;
                            total: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accounts: {
                                /** Format: uuid */
                                accountId: string;
                                balance: string;
                                carriedBase: string;
                                code: string;
                                currency: string;
                                difference: string;
                                name: string;
                                rate: string;
                                rateDate: string;
                                revaluedBase: string;
                            }[];
                            baseCurrency: string;
                            date: string;
                            entry: {
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
                            } | null;
                            gainLossAccountId: string | null;
                            posted: boolean;
                            reversal: {
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
                            } | null;
                            total: string;
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
    "/api/v1/ledger/revaluation/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a revaluation at a date would post: each open foreign balance at the closing rate against its carried base value */
        get: {
            parameters: {
                query: {
                    date: string;
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
                            accounts: {
                                /** Format: uuid */
                                accountId: string;
                                balance: string;
                                carriedBase: string;
                                code: string;
                                currency: string;
                                difference: string;
                                name: string;
                                rate: string;
                                rateDate: string;
                                revaluedBase: string;
                            }[];
                            baseCurrency: string;
                            date: string;
                            entry: {
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
                            } | null;
                            gainLossAccountId: string | null;
                            posted: boolean;
                            reversal: {
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
                            } | null;
                            total: string;
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
                    content: {
                        "application/json": {
                            lockDate: string | null;
                            version: number;
                        };
                    };
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
                    content: {
                        "application/json": {
                            lockDate: string | null;
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
    "/api/v1/parties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One party, customer or vendor (needs the read permission of a role it plays) */
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
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
                            updatedAt: string;
                            version: number;
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
    "/api/v1/parties/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a party (needs parties.customer.suspend for a customer, parties.vendor.suspend for a vendor; If-Match optional) */
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
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
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
    "/api/v1/parties/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend a party (needs parties.customer.suspend for a customer, parties.vendor.suspend for a vendor; If-Match optional) */
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
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
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
    "/api/v1/parties/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Parties settings: the credit-limit mode */
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
                            /** @enum {string} */
                            creditLimitMode: "warn" | "block";
                            version: number;
                        };
                    };
                };
            };
        };
        /** Set the credit-limit mode: warn, or block sales over the limit (send If-Match) */
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
                        /** @enum {string} */
                        creditLimitMode: "warn" | "block";
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
                            creditLimitMode: "warn" | "block";
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
    "/api/v1/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every permission key with its description and aliases, and every alias with the keys it stands for */
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
                            aliases: {
                                alias: string;
                                keys: string[];
                            }[];
                            items: {
                                aliases: string[];
                                description: string | null;
                                key: string;
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
    "/api/v1/price-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Price lists by name */
        get: {
            parameters: {
                query?: {
                    currency?: string;
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
                                currency: string;
                                customerGroup: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                status: "active" | "archived";
                                taxInclusive: boolean;
                                validFrom: string | null;
                                validTo: string | null;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a price list for a currency and (optionally) a customer group */
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
                        currency?: string;
                        customerGroup?: string | null;
                        name: string;
                        taxInclusive?: boolean;
                        validFrom?: string | null;
                        validTo?: string | null;
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
                            currency: string;
                            customerGroup: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            taxInclusive: boolean;
                            validFrom: string | null;
                            validTo: string | null;
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
    "/api/v1/price-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One price list */
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
                            currency: string;
                            customerGroup: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            taxInclusive: boolean;
                            validFrom: string | null;
                            validTo: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a price list (send If-Match); its currency is fixed */
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
                        customerGroup?: string | null;
                        name?: string;
                        /** @enum {string} */
                        status?: "active" | "archived";
                        taxInclusive?: boolean;
                        validFrom?: string | null;
                        validTo?: string | null;
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
                            currency: string;
                            customerGroup: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            taxInclusive: boolean;
                            validFrom: string | null;
                            validTo: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Archive a price list */
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
                            currency: string;
                            customerGroup: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            taxInclusive: boolean;
                            validFrom: string | null;
                            validTo: string | null;
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
    "/api/v1/price-lists/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A price list's items */
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
                                minQuantity: string;
                                price: string;
                                /** Format: uuid */
                                productId: string;
                                unit: string;
                            }[];
                            /** Format: uuid */
                            priceListId: string;
                        };
                    };
                };
            };
        };
        /** Replace a price list's items: product, unit (default the base unit), minimum quantity (default 0), price */
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
                        items: {
                            minQuantity?: string;
                            price: string;
                            /** Format: uuid */
                            productId: string;
                            unit?: string;
                        }[];
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
                            items: {
                                minQuantity: string;
                                price: string;
                                /** Format: uuid */
                                productId: string;
                                unit: string;
                            }[];
                            /** Format: uuid */
                            priceListId: string;
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
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search products and services: q over name, SKU, barcode and HSN/SAC; a category includes its descendants */
        get: {
            parameters: {
                query?: {
                    categoryId?: string;
                    cursor?: string;
                    limit?: number;
                    q?: string;
                    sort?: "name" | "sku" | "createdAt" | "updatedAt" | "-name" | "-sku" | "-createdAt" | "-updatedAt";
                    status?: "active" | "archived";
                    tag?: string;
                    type?: "goods" | "service";
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
                                barcode: string | null;
                                baseUnit: string;
                                categoryId: string | null;
                                createdAt: string;
                                currency: string;
                                description: string | null;
                                hsnSac: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                purchasePrice: string | null;
                                salePrice: string | null;
                                sku: string;
                                /** @enum {string} */
                                status: "active" | "archived";
                                tags: string[];
                                tax: {
                                    category: string | null;
                                    cessRate: string | null;
                                    gstRate: string | null;
                                };
                                trackInventory: boolean;
                                /** @enum {string} */
                                type: "goods" | "service";
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
        /** Add a product or service */
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
                        barcode?: string | null;
                        baseUnit: string;
                        categoryId?: string | null;
                        cessRate?: string | null;
                        currency?: string;
                        description?: string | null;
                        gstRate?: string | null;
                        hsnSac?: string | null;
                        name: string;
                        purchasePrice?: string | null;
                        salePrice?: string | null;
                        sku: string;
                        tags?: string[];
                        taxCategory?: string | null;
                        trackInventory?: boolean;
                        /** @enum {string} */
                        type: "goods" | "service";
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
                            barcode: string | null;
                            baseUnit: string;
                            categoryId: string | null;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            hsnSac: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            purchasePrice: string | null;
                            salePrice: string | null;
                            sku: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            tags: string[];
                            tax: {
                                category: string | null;
                                cessRate: string | null;
                                gstRate: string | null;
                            };
                            trackInventory: boolean;
                            /** @enum {string} */
                            type: "goods" | "service";
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
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product or service */
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
                            barcode: string | null;
                            baseUnit: string;
                            categoryId: string | null;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            hsnSac: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            purchasePrice: string | null;
                            salePrice: string | null;
                            sku: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            tags: string[];
                            tax: {
                                category: string | null;
                                cessRate: string | null;
                                gstRate: string | null;
                            };
                            trackInventory: boolean;
                            /** @enum {string} */
                            type: "goods" | "service";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a product (send If-Match); `status: active` restores an archived one */
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
                        barcode?: string | null;
                        baseUnit?: string;
                        categoryId?: string | null;
                        cessRate?: string | null;
                        currency?: string;
                        description?: string | null;
                        gstRate?: string | null;
                        hsnSac?: string | null;
                        name?: string;
                        purchasePrice?: string | null;
                        salePrice?: string | null;
                        sku?: string;
                        /** @enum {string} */
                        status?: "active" | "archived";
                        tags?: string[];
                        taxCategory?: string | null;
                        trackInventory?: boolean;
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
                            barcode: string | null;
                            baseUnit: string;
                            categoryId: string | null;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            hsnSac: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            purchasePrice: string | null;
                            salePrice: string | null;
                            sku: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            tags: string[];
                            tax: {
                                category: string | null;
                                cessRate: string | null;
                                gstRate: string | null;
                            };
                            trackInventory: boolean;
                            /** @enum {string} */
                            type: "goods" | "service";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Archive a product (products are never deleted) */
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
                            barcode: string | null;
                            baseUnit: string;
                            categoryId: string | null;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            hsnSac: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            purchasePrice: string | null;
                            salePrice: string | null;
                            sku: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            tags: string[];
                            tax: {
                                category: string | null;
                                cessRate: string | null;
                                gstRate: string | null;
                            };
                            trackInventory: boolean;
                            /** @enum {string} */
                            type: "goods" | "service";
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
    "/api/v1/products/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a product */
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
                            barcode: string | null;
                            baseUnit: string;
                            categoryId: string | null;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            hsnSac: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            purchasePrice: string | null;
                            salePrice: string | null;
                            sku: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            tags: string[];
                            tax: {
                                category: string | null;
                                cessRate: string | null;
                                gstRate: string | null;
                            };
                            trackInventory: boolean;
                            /** @enum {string} */
                            type: "goods" | "service";
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
    "/api/v1/products/{id}/price": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The price of a quantity: the most specific price list, else the sale price */
        get: {
            parameters: {
                query?: {
                    currency?: string;
                    customerGroup?: string;
                    date?: string;
                    quantity?: string;
                    unit?: string;
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
                            amount: string;
                            currency: string;
                            /** Format: uuid */
                            productId: string;
                            quantity: string;
                            source: {
                                /** @enum {string} */
                                kind: "price_list" | "product";
                                minQuantity?: string;
                                price?: string;
                                /** Format: uuid */
                                priceListId?: string;
                                priceListName?: string;
                                unit?: string;
                            };
                            taxInclusive: boolean;
                            unit: string;
                            unitPrice: string;
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
    "/api/v1/products/{id}/stock-ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product's stock moves in order, with running quantity and value */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    storeId?: string;
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
                            items: {
                                correction: string;
                                date: string;
                                documentId: string;
                                documentType: string;
                                entryId: string | null;
                                id: string;
                                kind: string;
                                memo: string | null;
                                productId: string;
                                quantity: string;
                                reason: string | null;
                                runningQuantity: string;
                                runningValue: string;
                                storeId: string;
                                unitCost: string;
                                value: string;
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
    "/api/v1/products/{id}/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who supplies a product, preferred first */
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
                                /** Format: uuid */
                                id: string;
                                lastCost: {
                                    amount: string;
                                    currency: string;
                                    date: string | null;
                                } | null;
                                leadTimeDays: number | null;
                                preferred: boolean;
                                /** Format: uuid */
                                productId: string;
                                supplierSku: string | null;
                                /** Format: uuid */
                                vendorId: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a supplier (a vendor party) to a product */
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
                        lastCost?: {
                            amount: string;
                            currency: string;
                            /** Format: date */
                            date?: string;
                        } | null;
                        leadTimeDays?: number | null;
                        preferred?: boolean;
                        supplierSku?: string | null;
                        /** Format: uuid */
                        vendorId: string;
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
                            id: string;
                            lastCost: {
                                amount: string;
                                currency: string;
                                date: string | null;
                            } | null;
                            leadTimeDays: number | null;
                            preferred: boolean;
                            /** Format: uuid */
                            productId: string;
                            supplierSku: string | null;
                            /** Format: uuid */
                            vendorId: string;
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
    "/api/v1/products/{id}/suppliers/{supplierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One supplier of a product */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    supplierId: string;
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
                            id: string;
                            lastCost: {
                                amount: string;
                                currency: string;
                                date: string | null;
                            } | null;
                            leadTimeDays: number | null;
                            preferred: boolean;
                            /** Format: uuid */
                            productId: string;
                            supplierSku: string | null;
                            /** Format: uuid */
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a supplier of a product (send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    supplierId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lastCost?: {
                            amount: string;
                            currency: string;
                            /** Format: date */
                            date?: string;
                        } | null;
                        leadTimeDays?: number | null;
                        preferred?: boolean;
                        supplierSku?: string | null;
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
                            id: string;
                            lastCost: {
                                amount: string;
                                currency: string;
                                date: string | null;
                            } | null;
                            leadTimeDays: number | null;
                            preferred: boolean;
                            /** Format: uuid */
                            productId: string;
                            supplierSku: string | null;
                            /** Format: uuid */
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a supplier from a product */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    supplierId: string;
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
    "/api/v1/products/{id}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product's base unit and alternate units */
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
                            baseUnit: string;
                            units: {
                                factor: string;
                                unit: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Replace the alternate units: each holds `factor` base units (a box of 12 pcs: factor 12) */
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
                        units: {
                            factor: string;
                            unit: string;
                        }[];
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
                            baseUnit: string;
                            units: {
                                factor: string;
                                unit: string;
                            }[];
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
                    content: {
                        "application/json": {
                            accounts: {
                                /** Format: uuid */
                                accountId: string;
                                code: string;
                                /** @description Decimal string in the named currency */
                                credit: string;
                                /** @description Decimal string in the named currency */
                                debit: string;
                                name: string;
                                /** @enum {string} */
                                type: "asset" | "liability" | "equity" | "income" | "expense";
                            }[];
                            asOf: string;
                            balanced: boolean;
                            currency: string;
                            totals: {
                                /** @description Decimal string in the named currency */
                                credit: string;
                                /** @description Decimal string in the named currency */
                                debit: string;
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
                            aliases: {
                                alias: string;
                                keys: string[];
                            }[];
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
    "/api/v1/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock on hand per store and product (non-zero) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    productId?: string;
                    storeId?: string;
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
                                productId: string;
                                quantity: string;
                                storeId: string;
                                unitCost: string;
                                value: string;
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
    "/api/v1/stock/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjust stock up or down with a reason; against the Stock Adjustment account */
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
                            memo?: string | null;
                            /** Format: uuid */
                            productId: string;
                            quantity: string;
                            unitCost?: string;
                        }[];
                        reason: string;
                        /** Format: uuid */
                        storeId: string;
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
                            documentId: string;
                            entryId: string | null;
                            moves: {
                                correction: string;
                                date: string;
                                documentId: string;
                                documentType: string;
                                entryId: string | null;
                                id: string;
                                kind: string;
                                memo: string | null;
                                productId: string;
                                quantity: string;
                                reason: string | null;
                                storeId: string;
                                unitCost: string;
                                value: string;
                            }[];
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
    "/api/v1/stock/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a count sheet for a store: expected quantities are snapshotted */
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
                        memo?: string | null;
                        productIds?: string[];
                        /** Format: uuid */
                        storeId: string;
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
                            date: string;
                            id: string;
                            lines: {
                                counted: string | null;
                                difference: string | null;
                                expected: string;
                                productId: string;
                            }[];
                            memo: string | null;
                            /** @enum {string} */
                            status: "open" | "posted";
                            storeId: string;
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
    "/api/v1/stock/counts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One count sheet */
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
                            date: string;
                            id: string;
                            lines: {
                                counted: string | null;
                                difference: string | null;
                                expected: string;
                                productId: string;
                            }[];
                            memo: string | null;
                            /** @enum {string} */
                            status: "open" | "posted";
                            storeId: string;
                            version: number;
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
    "/api/v1/stock/counts/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enter counted quantities (send If-Match) */
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
                        lines: {
                            counted: string;
                            /** Format: uuid */
                            productId: string;
                        }[];
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
                            date: string;
                            id: string;
                            lines: {
                                counted: string | null;
                                difference: string | null;
                                expected: string;
                                productId: string;
                            }[];
                            memo: string | null;
                            /** @enum {string} */
                            status: "open" | "posted";
                            storeId: string;
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
    "/api/v1/stock/counts/{id}/post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post a count: adjustments to the counted quantities and their ledger entry, in one transaction */
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
                            adjustments: number;
                            date: string;
                            entryId: string | null;
                            id: string;
                            lines: {
                                counted: string | null;
                                difference: string | null;
                                expected: string;
                                productId: string;
                            }[];
                            memo: string | null;
                            /** @enum {string} */
                            status: "open" | "posted";
                            storeId: string;
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
    "/api/v1/stock/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue stock from a store at its FIFO or average cost; Dr Cost of Goods Sold (or the given account) / Cr Inventory */
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
                        accountId?: string;
                        /** Format: date */
                        date: string;
                        lines: {
                            memo?: string | null;
                            /** Format: uuid */
                            productId: string;
                            quantity: string;
                        }[];
                        memo?: string | null;
                        /** Format: uuid */
                        storeId: string;
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
                            documentId: string;
                            entryId: string | null;
                            moves: {
                                correction: string;
                                date: string;
                                documentId: string;
                                documentType: string;
                                entryId: string | null;
                                id: string;
                                kind: string;
                                memo: string | null;
                                productId: string;
                                quantity: string;
                                reason: string | null;
                                storeId: string;
                                unitCost: string;
                                value: string;
                            }[];
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
    "/api/v1/stock/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive stock into a store (all lines or none); Dr Inventory / Cr Stock Received Not Billed or the given account */
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
                        counterAccountId?: string;
                        /** Format: date */
                        date: string;
                        lines: {
                            memo?: string | null;
                            /** Format: uuid */
                            productId: string;
                            quantity: string;
                            unitCost: string;
                        }[];
                        memo?: string | null;
                        opening?: boolean;
                        /** Format: uuid */
                        storeId: string;
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
                            documentId: string;
                            entryId: string | null;
                            moves: {
                                correction: string;
                                date: string;
                                documentId: string;
                                documentType: string;
                                entryId: string | null;
                                id: string;
                                kind: string;
                                memo: string | null;
                                productId: string;
                                quantity: string;
                                reason: string | null;
                                storeId: string;
                                unitCost: string;
                                value: string;
                            }[];
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
    "/api/v1/stock/reorder-levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reorder levels with stock on hand; lowOnly=true for the reorder report */
        get: {
            parameters: {
                query?: {
                    lowOnly?: "true" | "false";
                    productId?: string;
                    storeId?: string;
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
                                level: string;
                                low: boolean;
                                productId: string;
                                quantity: string;
                                storeId: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Set (or clear with null) the reorder level of a product in a store */
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
                        level: string | null;
                        /** Format: uuid */
                        productId: string;
                        /** Format: uuid */
                        storeId: string;
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
                            item: {
                                level: string;
                                low: boolean;
                                productId: string;
                                quantity: string;
                                storeId: string;
                            } | null;
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
    "/api/v1/stock/transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One transfer */
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
                            dispatchDate: string;
                            fromStoreId: string;
                            id: string;
                            lines: {
                                productId: string;
                                quantity: string;
                                value: string;
                            }[];
                            memo: string | null;
                            receiveDate: string | null;
                            /** @enum {string} */
                            status: "in_transit" | "received";
                            toStoreId: string;
                            value: string;
                            version: number;
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
    "/api/v1/stock/transfers/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive a dispatched transfer into the destination store */
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
                            dispatchDate: string;
                            fromStoreId: string;
                            id: string;
                            lines: {
                                productId: string;
                                quantity: string;
                                value: string;
                            }[];
                            memo: string | null;
                            receiveDate: string | null;
                            /** @enum {string} */
                            status: "in_transit" | "received";
                            toStoreId: string;
                            value: string;
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
    "/api/v1/stores/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock value, movement in a period (default: this month) and top items by value */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    top?: number;
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
                            from: string;
                            movement: {
                                kind: string;
                                moves: number;
                                quantity: string;
                                value: string;
                            }[];
                            products: number;
                            stockValue: string;
                            storeId: string;
                            to: string;
                            topItems: {
                                productId: string;
                                quantity: string;
                                value: string;
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
    "/api/v1/stores/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move stock between stores at the source cost: direct, or dispatched (in transit) and received later */
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
                        /** Format: uuid */
                        fromStoreId: string;
                        lines: {
                            /** Format: uuid */
                            productId: string;
                            quantity: string;
                        }[];
                        memo?: string | null;
                        /**
                         * @default direct
                         * @enum {string}
                         */
                        mode?: "direct" | "dispatch";
                        /** Format: uuid */
                        toStoreId: string;
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
                            dispatchDate: string;
                            fromStoreId: string;
                            id: string;
                            lines: {
                                productId: string;
                                quantity: string;
                                value: string;
                            }[];
                            memo: string | null;
                            receiveDate: string | null;
                            /** @enum {string} */
                            status: "in_transit" | "received";
                            toStoreId: string;
                            value: string;
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
    "/api/v1/tax/calculate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tax on one line given in query parameters (GST for Indian businesses, VAT/sales tax otherwise) */
        get: {
            parameters: {
                query?: {
                    amount?: string;
                    buyerCountry?: string;
                    buyerGstin?: string;
                    buyerStateCode?: string;
                    category?: string;
                    date?: string;
                    discount?: string;
                    hsn?: string;
                    inclusive?: "true" | "false";
                    kind?: "goods" | "service";
                    partyId?: string;
                    quantity?: string;
                    rate?: string;
                    taxGroupId?: string;
                    taxRateId?: string;
                    unitPrice?: string;
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
                            /** @enum {string} */
                            currency: "INR";
                            /** @enum {string} */
                            engine: "gst";
                            result: unknown;
                        } | {
                            currency: string;
                            /** @enum {string} */
                            engine: "vat";
                            result: {
                                lines: {
                                    components: {
                                        amount: string;
                                        base: string;
                                        code: string;
                                        compound: boolean;
                                        name: string;
                                        rate: string;
                                        retention: boolean;
                                    }[];
                                    exemptReason: string | null;
                                    gross: string;
                                    index: number;
                                    net: string;
                                    payable: string;
                                    retention: string;
                                    tax: string;
                                }[];
                                pricesInclusive: boolean;
                                /** @enum {string} */
                                rounding: "line" | "document";
                                totals: {
                                    components: {
                                        amount: string;
                                        base: string;
                                        code: string;
                                        compound: boolean;
                                        name: string;
                                        rate: string;
                                        retention: boolean;
                                    }[];
                                    gross: string;
                                    net: string;
                                    payable: string;
                                    retention: string;
                                    tax: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tax on a document (GST for Indian businesses, VAT/sales tax otherwise); nothing is stored */
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
                        buyer?: {
                            country?: string;
                            gstin?: string;
                            /** @enum {string} */
                            registration?: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            stateCode?: string;
                        };
                        /** Format: date */
                        date?: string;
                        deliveryStateCode?: string;
                        /** @enum {string} */
                        documentType?: "invoice" | "credit_note" | "debit_note";
                        lines: {
                            amount?: string;
                            category?: string;
                            discount?: string;
                            /** @enum {string} */
                            gstCategory?: "taxable" | "nil_rated" | "exempt" | "non_gst";
                            hsn?: string;
                            item?: string;
                            /** @enum {string} */
                            kind?: "goods" | "service";
                            quantity?: string;
                            rate?: string;
                            reverseCharge?: boolean;
                            /** Format: uuid */
                            taxGroupId?: string;
                            /** Format: uuid */
                            taxRateId?: string;
                            unitPrice?: string;
                        }[];
                        /** Format: uuid */
                        partyId?: string;
                        placeOfSupply?: string;
                        pricesInclusive?: boolean;
                        reverseCharge?: boolean;
                        /** @enum {string} */
                        rounding?: "line" | "document";
                        roundOff?: boolean;
                        /** @enum {string} */
                        zeroRated?: "with_payment" | "lut";
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
                            currency: "INR";
                            /** @enum {string} */
                            engine: "gst";
                            result: unknown;
                        } | {
                            currency: string;
                            /** @enum {string} */
                            engine: "vat";
                            result: {
                                lines: {
                                    components: {
                                        amount: string;
                                        base: string;
                                        code: string;
                                        compound: boolean;
                                        name: string;
                                        rate: string;
                                        retention: boolean;
                                    }[];
                                    exemptReason: string | null;
                                    gross: string;
                                    index: number;
                                    net: string;
                                    payable: string;
                                    retention: string;
                                    tax: string;
                                }[];
                                pricesInclusive: boolean;
                                /** @enum {string} */
                                rounding: "line" | "document";
                                totals: {
                                    components: {
                                        amount: string;
                                        base: string;
                                        code: string;
                                        compound: boolean;
                                        name: string;
                                        rate: string;
                                        retention: boolean;
                                    }[];
                                    gross: string;
                                    net: string;
                                    payable: string;
                                    retention: string;
                                    tax: string;
                                };
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
    "/api/v1/tax/custom-hsn-codes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tenant HSN/SAC code */
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
                            cessRate: string | null;
                            code: string;
                            createdAt: string;
                            description: string;
                            effectiveFrom: string;
                            gstRate: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "goods" | "services";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a tenant HSN/SAC code (If-Match) */
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
                        cessRate?: string | null;
                        description?: string;
                        /** Format: date */
                        effectiveFrom?: string;
                        gstRate?: string;
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
                            cessRate: string | null;
                            code: string;
                            createdAt: string;
                            description: string;
                            effectiveFrom: string;
                            gstRate: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "goods" | "services";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a tenant HSN/SAC code (the published rate applies again) */
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
    "/api/v1/tax/exemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tax exemptions of parties and categories */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    partyId?: string;
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
                                category: string | null;
                                certificate: string | null;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                partyId: string | null;
                                reason: string;
                                validFrom: string;
                                validTo: string | null;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Exempt a party, a category, or a category for one party */
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
                        category?: string;
                        certificate?: string;
                        /** Format: uuid */
                        partyId?: string;
                        reason: string;
                        /** Format: date */
                        validFrom: string;
                        /** Format: date */
                        validTo?: string;
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
                            category: string | null;
                            certificate: string | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            partyId: string | null;
                            reason: string;
                            validFrom: string;
                            validTo: string | null;
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
    "/api/v1/tax/exemptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tax exemption */
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
                            category: string | null;
                            certificate: string | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            partyId: string | null;
                            reason: string;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a tax exemption */
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
    "/api/v1/tax/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tax groups with their ordered components */
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
                                code: string;
                                components: {
                                    archived: boolean;
                                    code: string;
                                    compound: boolean;
                                    createdAt: string;
                                    /** Format: uuid */
                                    id: string;
                                    inclusive: boolean;
                                    jurisdiction: string;
                                    /** @enum {string} */
                                    kind: "tax" | "retention";
                                    name: string;
                                    percent: string;
                                    updatedAt: string;
                                    version: number;
                                }[];
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
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
        /** Add a tax group: rates applied in order */
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
                        name: string;
                        rateIds: string[];
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
                            components: {
                                archived: boolean;
                                code: string;
                                compound: boolean;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                inclusive: boolean;
                                jurisdiction: string;
                                /** @enum {string} */
                                kind: "tax" | "retention";
                                name: string;
                                percent: string;
                                updatedAt: string;
                                version: number;
                            }[];
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
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
    "/api/v1/tax/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tax group */
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
                            components: {
                                archived: boolean;
                                code: string;
                                compound: boolean;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                inclusive: boolean;
                                jurisdiction: string;
                                /** @enum {string} */
                                kind: "tax" | "retention";
                                name: string;
                                percent: string;
                                updatedAt: string;
                                version: number;
                            }[];
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Rename a tax group or replace its components (If-Match) */
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
                        name?: string;
                        rateIds?: string[];
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
                            components: {
                                archived: boolean;
                                code: string;
                                compound: boolean;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                inclusive: boolean;
                                jurisdiction: string;
                                /** @enum {string} */
                                kind: "tax" | "retention";
                                name: string;
                                percent: string;
                                updatedAt: string;
                                version: number;
                            }[];
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a tax group */
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
    "/api/v1/tax/gstin/{gstin}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a GSTIN: format, state code, PAN, entity type and mod-36 check character */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    gstin: string;
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
                            entityNumber: number | null;
                            entityType: string | null;
                            gstin: string;
                            pan: string | null;
                            problem: ("length" | "format" | "state" | "checksum") | null;
                            stateCode: string | null;
                            stateName: string | null;
                            valid: boolean;
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
    "/api/v1/tax/hsn-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search HSN/SAC codes: a code prefix lists codes under it, words match descriptions (best first); rates in force on `date` */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    date?: string;
                    kind?: "chapter" | "goods" | "services";
                    limit?: number;
                    q?: string;
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
                                cessNote: string | null;
                                cessRate: string | null;
                                code: string;
                                description: string;
                                effectiveFrom: string | null;
                                gstRate: string | null;
                                id: string | null;
                                /** @enum {string} */
                                kind: "chapter" | "goods" | "services";
                                /** @enum {string} */
                                source: "master" | "tenant";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a tenant HSN/SAC code, or the tenant’s own rate for a published code, from a date */
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
                        cessRate?: string | null;
                        code: string;
                        description: string;
                        /** Format: date */
                        effectiveFrom: string;
                        gstRate: string;
                        /** @enum {string} */
                        kind: "goods" | "services";
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
                            cessRate: string | null;
                            code: string;
                            createdAt: string;
                            description: string;
                            effectiveFrom: string;
                            gstRate: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "goods" | "services";
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
    "/api/v1/tax/hsn-codes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One HSN/SAC code with its rate history */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path: {
                    code: string;
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
                            cessNote: string | null;
                            cessRate: string | null;
                            code: string;
                            description: string;
                            effectiveFrom: string | null;
                            gstRate: string | null;
                            history: {
                                cessNote: string | null;
                                cessRate: string | null;
                                effectiveFrom: string;
                                gstRate: string;
                                /** @enum {string} */
                                source: "master" | "tenant";
                            }[];
                            id: string | null;
                            /** @enum {string} */
                            kind: "chapter" | "goods" | "services";
                            /** @enum {string} */
                            source: "master" | "tenant";
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
    "/api/v1/tax/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tax rates (VAT, sales tax, retentions), oldest first */
        get: {
            parameters: {
                query?: {
                    archived?: "true" | "false";
                    cursor?: string;
                    jurisdiction?: string;
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
                                archived: boolean;
                                code: string;
                                compound: boolean;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                inclusive: boolean;
                                jurisdiction: string;
                                /** @enum {string} */
                                kind: "tax" | "retention";
                                name: string;
                                percent: string;
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
        /** Add a tax rate */
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
                        compound?: boolean;
                        inclusive?: boolean;
                        jurisdiction: string;
                        /** @enum {string} */
                        kind?: "tax" | "retention";
                        name: string;
                        percent: string;
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
                            archived: boolean;
                            code: string;
                            compound: boolean;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            inclusive: boolean;
                            jurisdiction: string;
                            /** @enum {string} */
                            kind: "tax" | "retention";
                            name: string;
                            percent: string;
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
    "/api/v1/tax/rates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tax rate */
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
                            archived: boolean;
                            code: string;
                            compound: boolean;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            inclusive: boolean;
                            jurisdiction: string;
                            /** @enum {string} */
                            kind: "tax" | "retention";
                            name: string;
                            percent: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change or archive a tax rate (If-Match) */
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
                        archived?: boolean;
                        compound?: boolean;
                        inclusive?: boolean;
                        jurisdiction?: string;
                        name?: string;
                        percent?: string;
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
                            archived: boolean;
                            code: string;
                            compound: boolean;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            inclusive: boolean;
                            jurisdiction: string;
                            /** @enum {string} */
                            kind: "tax" | "retention";
                            name: string;
                            percent: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a tax rate no group uses */
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
    "/api/v1/tax/rates/defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a country's default rates and groups (IN, DE, GB, US, MX; default: the tenant's country); existing codes are kept */
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
                        country?: string;
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
                            country: string;
                            groupsCreated: number;
                            note: string;
                            ratesCreated: number;
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
    "/api/v1/tax/tds/compute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute TDS/TCS on a payment (nothing is recorded) */
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
                        amount: string;
                        /** Format: date */
                        date: string;
                        pan: string | null;
                        rateKey?: string;
                        section: string;
                        yearToDate?: {
                            amount: string;
                            taxedAmount: string;
                        };
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
                            base: string;
                            citation: string;
                            deduction: string;
                            dueDate: string;
                            financialYear: string;
                            /** @enum {string} */
                            kind: "tds" | "tcs";
                            noPan: boolean;
                            noPanCitation: string | null;
                            percent: string;
                            rateKey: string;
                            reason: string;
                            section: string;
                            thresholdCrossedNow: boolean;
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
    "/api/v1/tax/tds/deductions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recorded TDS/TCS deductions, oldest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    financialYear?: string;
                    limit?: number;
                    partyId?: string;
                    section?: string;
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
                                amount: string;
                                base: string;
                                createdAt: string;
                                deductedOn: string;
                                deduction: string;
                                dueDate: string;
                                financialYear: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "tds" | "tcs";
                                /** Format: uuid */
                                partyId: string;
                                percent: string;
                                reference: string | null;
                                section: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a payment to a party under a section with the tax deducted on it (thresholds from the party's year to date); due on the 7th of the next month */
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
                        amount: string;
                        /** Format: date */
                        date: string;
                        pan: string | null;
                        /** Format: uuid */
                        partyId: string;
                        rateKey?: string;
                        reference?: string;
                        section: string;
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
                            computation: {
                                base: string;
                                citation: string;
                                deduction: string;
                                dueDate: string;
                                financialYear: string;
                                /** @enum {string} */
                                kind: "tds" | "tcs";
                                noPan: boolean;
                                noPanCitation: string | null;
                                percent: string;
                                rateKey: string;
                                reason: string;
                                section: string;
                                thresholdCrossedNow: boolean;
                            };
                            deduction: {
                                amount: string;
                                base: string;
                                createdAt: string;
                                deductedOn: string;
                                deduction: string;
                                dueDate: string;
                                financialYear: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "tds" | "tcs";
                                /** Format: uuid */
                                partyId: string;
                                percent: string;
                                reference: string | null;
                                section: string;
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
    "/api/v1/tax/tds/deductions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A recorded TDS/TCS deduction */
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
                            amount: string;
                            base: string;
                            createdAt: string;
                            deductedOn: string;
                            deduction: string;
                            dueDate: string;
                            financialYear: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "tds" | "tcs";
                            /** Format: uuid */
                            partyId: string;
                            percent: string;
                            reference: string | null;
                            section: string;
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
    "/api/v1/tax/tds/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** TDS/TCS sections with rates and thresholds (those in force on `date`, or every version) */
        get: {
            parameters: {
                query?: {
                    date?: string;
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
                                aggregateThreshold: string | null;
                                citation: string;
                                effectiveFrom: string;
                                effectiveTo: string | null;
                                /** @enum {string} */
                                kind: "tds" | "tcs";
                                nature: string;
                                noPan: {
                                    citation: string;
                                    fixed?: string;
                                    floor?: string;
                                    times?: number;
                                };
                                note?: string;
                                rates: {
                                    key: string;
                                    label: string;
                                    percent: string;
                                }[];
                                section: string;
                                singleThreshold: string | null;
                                /** @enum {string} */
                                thresholdBasis: "whole" | "excess";
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
                        /** @description GST registration type (India): regular, composition, sez or unregistered; null derives it from the GSTIN */
                        gstRegistration?: ("regular" | "composition" | "sez" | "unregistered") | null;
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
                            /**
                             * @description As set, or derived: regular with a GSTIN, unregistered without
                             * @enum {string}
                             */
                            gstRegistration: "regular" | "composition" | "sez" | "unregistered";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "business" | "household";
                            legalName: string | null;
                            name: string;
                            /** @enum {string} */
                            plan: "free" | "standard" | "pro";
                            /** @description Roles whose members must use two-factor authentication */
                            require2faRoles: ("owner" | "admin" | "accountant" | "sales" | "viewer" | "custom")[];
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
                            /**
                             * @description As set, or derived: regular with a GSTIN, unregistered without
                             * @enum {string}
                             */
                            gstRegistration: "regular" | "composition" | "sez" | "unregistered";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "business" | "household";
                            legalName: string | null;
                            name: string;
                            /** @enum {string} */
                            plan: "free" | "standard" | "pro";
                            /** @description Roles whose members must use two-factor authentication */
                            require2faRoles: ("owner" | "admin" | "accountant" | "sales" | "viewer" | "custom")[];
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
                        /** @description GST registration type (India): regular, composition, sez or unregistered; null derives it from the GSTIN */
                        gstRegistration?: ("regular" | "composition" | "sez" | "unregistered") | null;
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
                            /**
                             * @description As set, or derived: regular with a GSTIN, unregistered without
                             * @enum {string}
                             */
                            gstRegistration: "regular" | "composition" | "sez" | "unregistered";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "business" | "household";
                            legalName: string | null;
                            name: string;
                            /** @enum {string} */
                            plan: "free" | "standard" | "pro";
                            /** @description Roles whose members must use two-factor authentication */
                            require2faRoles: ("owner" | "admin" | "accountant" | "sales" | "viewer" | "custom")[];
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
    "/api/v1/tenants/{id}/two-factor-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Require two-factor authentication of members with chosen roles (send If-Match with the tenant ETag) */
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
                        /** @description Members with these roles must turn on two-factor authentication; [] requires it of nobody */
                        require2faRoles: ("owner" | "admin" | "accountant" | "sales" | "viewer" | "custom")[];
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
                            /**
                             * @description As set, or derived: regular with a GSTIN, unregistered without
                             * @enum {string}
                             */
                            gstRegistration: "regular" | "composition" | "sez" | "unregistered";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "business" | "household";
                            legalName: string | null;
                            name: string;
                            /** @enum {string} */
                            plan: "free" | "standard" | "pro";
                            /** @description Roles whose members must use two-factor authentication */
                            require2faRoles: ("owner" | "admin" | "accountant" | "sales" | "viewer" | "custom")[];
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
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units of measure (the common ones are added on first use) */
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
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                status: "active" | "archived";
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a unit of measure */
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
                        name: string;
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "archived";
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
    "/api/v1/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One unit of measure */
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            version: number;
                        };
                    };
                };
            };
        };
        /** Rename or archive a unit; its code never changes (send If-Match) */
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
                        name?: string;
                        /** @enum {string} */
                        status?: "active" | "archived";
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "archived";
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
    "/api/v1/vendors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** vendors: search (q: name, GSTIN, phone, email), filter and page */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    q?: string;
                    registrationType?: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                    sort?: "name" | "-name" | "createdAt" | "-createdAt";
                    status?: "active" | "suspended" | "archived";
                    tag?: string;
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
                                billingAddress: {
                                    city: string;
                                    country: string;
                                    line1: string;
                                    line2?: string | null;
                                    postalCode?: string | null;
                                    stateCode?: string | null;
                                } | null;
                                contacts: {
                                    email?: string | null;
                                    name: string;
                                    phone?: string | null;
                                    primary?: boolean;
                                }[];
                                createdAt: string;
                                creditLimit: string | null;
                                currency: string;
                                displayName: string;
                                gstin: string | null;
                                gstStateCode: string | null;
                                /** Format: uuid */
                                id: string;
                                isCustomer: boolean;
                                isVendor: boolean;
                                legalName: string;
                                notes: string | null;
                                openingBalance: {
                                    amount: string;
                                    date: string;
                                    entryId: string | null;
                                } | null;
                                pan: string | null;
                                paymentTermsDays: number | null;
                                /** @enum {string} */
                                registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                                shippingAddress: {
                                    city: string;
                                    country: string;
                                    line1: string;
                                    line2?: string | null;
                                    postalCode?: string | null;
                                    stateCode?: string | null;
                                } | null;
                                /** @enum {string} */
                                status: "active" | "suspended" | "archived";
                                tags: string[];
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
        /** Add a vendor; a possible duplicate (same GSTIN or email) is reported in warnings, not refused */
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
                        billingAddress?: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode?: string | null;
                            stateCode?: string | null;
                        } | null;
                        contacts?: {
                            email?: string | null;
                            name: string;
                            phone?: string | null;
                            primary?: boolean;
                        }[];
                        creditLimit?: string | null;
                        currency?: string;
                        displayName?: string;
                        gstin?: string | null;
                        isCustomer?: boolean;
                        isVendor?: boolean;
                        legalName: string;
                        notes?: string | null;
                        openingBalance?: {
                            amount: string;
                            /** Format: date */
                            date: string;
                        } | null;
                        pan?: string | null;
                        paymentTermsDays?: number | null;
                        /** @enum {string} */
                        registrationType?: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                        shippingAddress?: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode?: string | null;
                            stateCode?: string | null;
                        } | null;
                        tags?: string[];
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
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
                            updatedAt: string;
                            version: number;
                            warnings: {
                                /** @enum {string} */
                                code: "PARTIES.POSSIBLE_DUPLICATE";
                                /** @enum {string} */
                                field: "gstin" | "email";
                                message: string;
                                /** Format: uuid */
                                partyId: string;
                            }[];
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
    "/api/v1/vendors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One vendor */
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
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a vendor (send If-Match); a changed opening balance replaces the posted one */
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
                        billingAddress?: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode?: string | null;
                            stateCode?: string | null;
                        } | null;
                        contacts?: {
                            email?: string | null;
                            name: string;
                            phone?: string | null;
                            primary?: boolean;
                        }[];
                        creditLimit?: string | null;
                        currency?: string;
                        displayName?: string;
                        gstin?: string | null;
                        isCustomer?: boolean;
                        isVendor?: boolean;
                        legalName?: string;
                        notes?: string | null;
                        openingBalance?: {
                            amount: string;
                            /** Format: date */
                            date: string;
                        } | null;
                        pan?: string | null;
                        paymentTermsDays?: number | null;
                        /** @enum {string} */
                        registrationType?: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                        shippingAddress?: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode?: string | null;
                            stateCode?: string | null;
                        } | null;
                        tags?: string[];
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
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
                            updatedAt: string;
                            version: number;
                            warnings: {
                                /** @enum {string} */
                                code: "PARTIES.POSSIBLE_DUPLICATE";
                                /** @enum {string} */
                                field: "gstin" | "email";
                                message: string;
                                /** Format: uuid */
                                partyId: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Archive a vendor (parties are never deleted; their entries stay in the books) */
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
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
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
    "/api/v1/vendors/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vendor's statement from the ledger: opening balance, lines with a running balance, closing balance */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
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
                            closingBalance: string;
                            currency: string;
                            from: string | null;
                            lines: {
                                /** Format: uuid */
                                accountId: string;
                                balance: string;
                                credit: string;
                                date: string;
                                debit: string;
                                /** Format: uuid */
                                entryId: string;
                                lineNo: number;
                                memo: string | null;
                                reference: string | null;
                                source: string;
                            }[];
                            openingBalance: string;
                            /** Format: uuid */
                            partyId: string;
                            /** @enum {string} */
                            side: "receivable" | "payable";
                            to: string | null;
                            truncated: boolean;
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
